package dk.helhed.pavilion.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Person;
import dk.helhed.shifts.entity.AssignmentStatus;
import dk.helhed.shifts.entity.ShiftAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One partner staff member's offer to a colleague of the same organisation: take over my block ({@code wanted} null),
 * or exchange it for one of yours. The colleague accepts or declines; if either block has changed hands since the
 * offer (given up, swapped, released), accepting finds the proposal STALE and changes nothing.
 */
@Entity
@Table(name = "pavilion_swap")
@NamedQuery(name = Swap.BY_ID, query = "select s from Swap s where s.id = :id")
@NamedQuery(name = Swap.OF_PERSON, query = """
        select s from Swap s where (s.colleague.id = :person or s.proposer.id = :person)
        and s.status = dk.helhed.pavilion.entity.SwapStatus.PROPOSED order by s.id""")
public class Swap {
    public static final String BY_ID = "Swap.byId";
    public static final String OF_PERSON = "Swap.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "offered_assignment_id")
    private ShiftAssignment offered;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "proposer_id")
    private Person proposer;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "colleague_id")
    private Person colleague;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "wanted_assignment_id")
    private ShiftAssignment wanted;
    @Enumerated(EnumType.STRING)
    private SwapStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Swap() {
    }

    /**
     * The proposer must hold {@code offered}; the colleague must be someone else of the same organisation, and hold
     * {@code wanted} if given.
     */
    public Swap(ShiftAssignment offered, Person proposer, Person colleague, ShiftAssignment wanted, Instant now) {
        if (!offered.belongsTo(proposer) || offered.status() != AssignmentStatus.TAKEN) {
            throw Refusal.forbidden("shift.not-yours");
        }
        if (colleague.id().equals(proposer.id())) {
            throw Refusal.invalid("colleague", "field.swap.self");
        }
        if (!sameOrganisation(proposer, colleague)) {
            throw Refusal.forbidden("swap.other-organisation");
        }
        if (wanted != null && (!wanted.belongsTo(colleague) || wanted.status() != AssignmentStatus.TAKEN)) {
            throw Refusal.invalid("wanted", "field.swap.wanted-not-theirs");
        }
        this.offered = offered;
        this.proposer = proposer;
        this.colleague = colleague;
        this.wanted = wanted;
        this.status = SwapStatus.PROPOSED;
        this.createdAt = now;
    }

    public static boolean sameOrganisation(Person a, Person b) {
        return a.organisation() != null && b.organisation() != null
                && a.organisation().code().equals(b.organisation().code());
    }

    /** Refuses unless it is still waiting for {@code person}, the colleague, to answer. */
    public void requireAnswerableBy(Person person) {
        if (!colleague.id().equals(person.id())) {
            throw Refusal.forbidden("swap.not-yours");
        }
        if (status != SwapStatus.PROPOSED) {
            throw Refusal.conflict("swap.decided");
        }
    }

    /** Whether both blocks are still held by the people who held them when it was proposed. */
    public boolean stillValid() {
        return offered.status() == AssignmentStatus.TAKEN && offered.belongsTo(proposer)
                && (wanted == null || wanted.status() == AssignmentStatus.TAKEN && wanted.belongsTo(colleague));
    }

    public void accepted(Instant now) {
        decide(SwapStatus.ACCEPTED, now);
    }

    public void declined(Instant now) {
        decide(SwapStatus.DECLINED, now);
    }

    public void stale(Instant now) {
        decide(SwapStatus.STALE, now);
    }

    private void decide(SwapStatus outcome, Instant now) {
        status = outcome;
        decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public ShiftAssignment offered() {
        return offered;
    }

    public ShiftAssignment wanted() {
        return wanted;
    }

    public Person proposer() {
        return proposer;
    }

    public Person colleague() {
        return colleague;
    }

    public SwapStatus status() {
        return status;
    }
}
