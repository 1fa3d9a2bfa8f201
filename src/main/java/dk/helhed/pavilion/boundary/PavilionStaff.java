package dk.helhed.pavilion.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.pavilion.control.BlockTaking;
import dk.helhed.pavilion.control.SwapMessages;
import dk.helhed.pavilion.entity.Swap;
import dk.helhed.pavilion.entity.SwapStatus;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Person;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Partner staff's side of the pavilion: their organisation's upcoming blocks and who of them has taken each, taking
 * and giving up a block, and swapping one with a colleague of the same organisation.
 */
@ApplicationScoped
@Transactional
public class PavilionStaff {
    @PersistenceContext
    EntityManager em;
    @Inject
    TimeSource time;
    @Inject
    People staff;

    @Inject
    AccessLog log;
    @Inject
    BlockTaking taking;
    @Inject
    Shifts shifts;
    @Inject
    Outbox outbox;
    @Inject
    PublicUrl publicUrl;
    @Inject
    @ConfigProperty(name = "helhed.pavilion.partner-weeks", defaultValue = "4")
    int weeksShown;

    /** One upcoming block of the organisation, with the names (only) of the colleagues who took it. */
    public record Block(Shift shift, List<ShiftAssignment> holders, boolean mine) {
    }

    public Person signedIn(String email) {
        return staff.partner(email);
    }

    public List<Block> blocks(String email) {
        var me = staff.partner(email);
        Instant now = time.now();
        var list = shifts.between(List.of(ShiftKind.PAVILION), now, now.plus(Duration.ofDays(7L * weeksShown)), false)
                .stream().filter(s -> s.organisation().code().equals(me.organisation().code()))
                .filter(s -> s.startsAt().isAfter(now)).toList();
        var holders = shifts.holders(list);
        List<Block> out = new ArrayList<>();
        for (Shift s : list) {
            var mine = holders.getOrDefault(s.id(), List.of());
            out.add(new Block(s, mine, mine.stream().anyMatch(a -> a.belongsTo(me))));
        }
        return out;
    }

    /** The colleagues in one's own organisation, by name (no contact details): the look is logged. */
    public List<Person> colleagues(String email) {
        var me = staff.partner(email);
        log.record(email, "VIEW_COLLEAGUES", "organisation:" + (me.organisation() == null ? "-"
                : me.organisation().code()));
        return staff.colleagues(me);
    }

    public ShiftAssignment take(String email, long shiftId) {
        return taking.take(shiftId, staff.partner(email));
    }

    public ShiftAssignment giveUp(String email, long shiftId) {
        return taking.giveUp(shiftId, staff.partner(email));
    }

    /** Offers my block on {@code shiftId} to a colleague, to hand over or in exchange for theirs on {@code wantedShiftId}. */
    public Swap propose(String email, long shiftId, long colleagueId, Long wantedShiftId) {
        var me = staff.partner(email);
        Instant now = time.now();
        var shift = shifts.shift(shiftId);
        shift.requireTakeableBy(me, now);
        var colleague = staff.person(colleagueId);
        if (!Swap.sameOrganisation(me, colleague)) {
            throw Refusal.forbidden("swap.other-organisation");
        }
        var offered = holders(shift).stream().filter(a -> a.belongsTo(me)).findFirst()
                .orElseThrow(() -> Refusal.conflict("shift.not-yours"));
        ShiftAssignment wanted = null;
        Shift wantedShift = null;
        if (wantedShiftId != null) {
            wantedShift = shifts.shift(wantedShiftId);
            wantedShift.requireTakeableBy(me, now);
            wanted = holders(wantedShift).stream().filter(a -> a.belongsTo(colleague)).findFirst()
                    .orElseThrow(() -> Refusal.invalid("wantedShiftId", "field.swap.wanted-not-theirs"));
        }
        var swap = new Swap(offered, me, colleague, wanted, now);
        em.persist(swap);
        em.flush();
        outbox.enqueue(messages().write("proposed", swap.id(), BlockTaking.topic(offered), colleague, me, shift,
                wantedShift, now));
        return swap;
    }

    /** Proposals waiting for my answer, and my own waiting for my colleagues'. */
    public List<Swap> swaps(String email) {
        var me = staff.partner(email);
        return em.createNamedQuery(Swap.OF_PERSON, Swap.class).setParameter("person", me.id()).getResultList();
    }

    /**
     * The colleague takes the offered block (and gives theirs in exchange), atomically: both people are locked in id
     * order, then both shifts; a proposal whose blocks have changed hands since becomes STALE and changes nothing.
     */
    public SwapStatus accept(String email, long swapId) {
        var me = staff.partner(email);
        var swap = find(swapId);
        swap.requireAnswerableBy(me);
        long first = Math.min(swap.proposer().id(), swap.colleague().id());
        shifts.lockPerson(first);
        shifts.lockPerson(first == swap.proposer().id() ? swap.colleague().id() : swap.proposer().id());
        Shift given = swap.offered().shift();
        Shift received = swap.wanted() == null ? null : swap.wanted().shift();
        Stream.of(given, received).filter(java.util.Objects::nonNull).map(Shift::id).sorted()
                .forEach(shifts::lock);
        em.refresh(swap.offered());
        if (swap.wanted() != null) {
            em.refresh(swap.wanted());
        }
        em.refresh(swap);
        Instant now = time.now();
        if (swap.status() != SwapStatus.PROPOSED) {
            throw Refusal.conflict("swap.decided");
        }
        if (!swap.stillValid()) {
            swap.stale(now);
            return SwapStatus.STALE;
        }
        var exchanged = shifts.exchange(swap.offered(), swap.colleague(), swap.wanted(), swap.proposer());
        var toColleague = exchanged.toColleague();
        var toProposer = exchanged.toBack();
        given = toColleague.shift();
        received = toProposer == null ? null : toProposer.shift();
        swap.accepted(now);
        var messages = messages();
        // each is told the block they have now and, in an exchange, the one they gave for it
        outbox.enqueue(messages.write("accepted", swap.id(), BlockTaking.topic(toColleague), swap.colleague(),
                swap.proposer(), given, received, now));
        outbox.enqueue(toProposer == null
                ? messages.write("handed-over", swap.id(), BlockTaking.topic(swap.offered()), swap.proposer(),
                swap.colleague(), given, null, now)
                : messages.write("accepted", swap.id(), BlockTaking.topic(toProposer), swap.proposer(),
                swap.colleague(), received, given, now));
        return SwapStatus.ACCEPTED;
    }

    public SwapStatus decline(String email, long swapId) {
        var me = staff.partner(email);
        var swap = find(swapId);
        swap.requireAnswerableBy(me);
        Instant now = time.now();
        swap.declined(now);
        outbox.enqueue(messages().write("declined", swap.id(), BlockTaking.topic(swap.offered()), swap.proposer(),
                me, swap.offered().shift(), swap.wanted() == null ? null : swap.wanted().shift(), now));
        return SwapStatus.DECLINED;
    }

    private Swap find(long id) {
        return em.createNamedQuery(Swap.BY_ID, Swap.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("swap.unknown"));
    }

    private List<ShiftAssignment> holders(Shift shift) {
        return shifts.holders(List.of(shift)).getOrDefault(shift.id(), List.of());
    }

    private SwapMessages messages() {
        return new SwapMessages(time.zone(), publicUrl.base());
    }
}
