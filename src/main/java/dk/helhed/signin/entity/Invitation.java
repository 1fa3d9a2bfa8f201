package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Role;
import dk.helhed.verification.entity.ManageToken;
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
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * An invitation to a staff member, with the role they will have (partner staff belong to an organisation) and the
 * language of their mails. The mail's link carries a random token (only its hash is kept); accepting it once, before
 * it expires, makes the account.
 */
@Entity
@Table(name = "invitation")
@NamedQueries({
        @NamedQuery(name = Invitation.BY_HASH, query = "select i from Invitation i where i.tokenHash = :hash"),
        @NamedQuery(name = Invitation.PENDING, query = """
                select i from Invitation i where i.acceptedAt is null and i.expiresAt > :now order by i.createdAt""")})
public class Invitation {
    public static final String BY_HASH = "Invitation.byHash";
    public static final String PENDING = "Invitation.pending";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String email;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String language;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(String name, String email, Role role, Organisation organisation, String language,
                      ManageToken token, String invitedBy, Instant now, Duration lifetime) {
        this.name = name;
        this.email = Account.normalise(email);
        this.role = role;
        this.organisation = organisation;
        this.language = language;
        this.tokenHash = token.hash();
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** Refuses an invitation already accepted or expired (field "token"). */
    public void requireOpen(Instant now) {
        if (acceptedAt != null) {
            throw Refusal.invalid("token", "field.invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw Refusal.invalid("token", "field.invitation.expired");
        }
    }

    public void accept(Instant now) {
        requireOpen(now);
        acceptedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    /** The organisation the staff member belongs to: always for partner staff, else null or as given. */
    public Organisation organisation() {
        return organisation;
    }

    public Role role() {
        return role;
    }

    /** The language of the invitation mail and of the account's mails: da or en. */
    public String language() {
        return language;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean accepted() {
        return acceptedAt != null;
    }
}
