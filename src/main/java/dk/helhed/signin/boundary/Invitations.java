package dk.helhed.signin.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.ProfileDetails;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.control.AccountSettings;
import dk.helhed.signin.control.Passwords;
import dk.helhed.signin.entity.Invitation;
import dk.helhed.signin.entity.PasswordRule;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coordinators and admins invite staff with a role; the invitee sets a password (and may give a phone) on the page
 * the mail's link opens, which makes an active account with that role (partner staff belonging to their
 * organisation). Staff whose role needs a second factor enrol it at their first sign-in.
 */
@ApplicationScoped
@Transactional
public class Invitations {
    @PersistenceContext
    EntityManager em;
    @Inject
    AccessLog log;

    @Inject
    People people;

    @Inject
    AccountTokens tokens;

    @Inject
    Passwords passwords;

    @Inject
    Outbox outbox;

    @Inject
    AccountSettings settings;

    @Inject
    TimeSource time;

    /** The person's answer to an invitation. */
    public record Acceptance(String password, String phone, Boolean smsConsent) {
    }

    /** Whom to invite: name, e-mail, role (PARTNER when none is given), organisation (its code), language (da, en). */
    @Schema(name = "InvitationRequest")
    public record Invite(String name, String email, String role, String organisation, String language) {
    }

    /** The roles staff are invited with; volunteers sign up themselves. */
    public static final List<Role> STAFF_ROLES = List.of(Role.COORDINATOR, Role.ADVISER, Role.PARTNER, Role.ADMIN);

    /**
     * Invites a staff member with a role: partner staff must belong to an organisation (others may); only an admin
     * invites an admin. Every problem is on its field; nothing is written when there is one.
     */
    public Invitation invite(Invite request, String invitedBy, boolean byAdmin) {
        var r = request == null ? new Invite(null, null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        var details = ProfileDetails.read(r.name(), null, false, List.of(), List.of(), problems);
        String address = ProfileDetails.email(r.email(), problems);
        Role role = role(r.role(), byAdmin, problems);
        Optional<Organisation> org = r.organisation() == null || r.organisation().isBlank() ? Optional.empty()
                : people.organisation(r.organisation().strip()).filter(o -> !o.retired());
        if (r.organisation() != null && !r.organisation().isBlank() && org.isEmpty()) {
            problems.add(new FieldProblem("organisation", "field.organisation.unknown"));
        } else if (org.isEmpty() && role == Role.PARTNER) {
            problems.add(new FieldProblem("organisation", "field.organisation.empty"));
        }
        String language = r.language() == null || r.language().isBlank() ? "da" : r.language().strip();
        if (!List.of("da", "en").contains(language)) {
            problems.add(new FieldProblem("language", "field.language.staff"));
        }
        if (address != null && tokens.account(address).isPresent()) {
            problems.add(new FieldProblem("email", "field.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var secret = ManageToken.create();
        var invitation = new Invitation(details.name(), address, role, org.orElse(null), language, secret, invitedBy,
                time.now(), settings.invitationLifetime());
        em.persist(invitation);
        em.flush();
        log.record(invitedBy, "INVITED", "invitation:" + invitation.id() + " " + role.name());
        outbox.enqueue(settings.messages().invitation(invitation, secret, time.now()));
        return invitation;
    }

    /** A staff role as given (PARTNER when none is); an admin only by an admin. */
    static Role role(String given, boolean byAdmin, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return Role.PARTNER;
        }
        var role = STAFF_ROLES.stream().filter(r -> r.name().equalsIgnoreCase(given.strip())).findFirst();
        if (role.isEmpty()) {
            problems.add(new FieldProblem("role", "field.role.invalid"));
            return null;
        }
        if (role.get() == Role.ADMIN && !byAdmin) {
            problems.add(new FieldProblem("role", "field.role.admin-only"));
        }
        return role.get();
    }

    /** How many invitations name this address (their name, address and inviter are kept until accepted or erased). */
    public long about(String email) {
        return em.createQuery("select count(i) from Invitation i where lower(i.email) = :email", Long.class)
                .setParameter("email", email).getSingleResult();
    }

    /** Forgets every invitation to this address (a data subject's erasure); answers how many. */
    public int forget(String email) {
        return em.createQuery("delete from Invitation i where lower(i.email) = :email").setParameter("email", email)
                .executeUpdate();
    }

    /** The invitations not yet accepted, with the invitees' names and addresses: the look is logged. */
    public List<Invitation> pending() {
        log.viewed("VIEW_INVITATIONS", "invitations");
        return em.createNamedQuery(Invitation.PENDING, Invitation.class).setParameter("now", time.now())
                .getResultList();
    }

    /** Reading an invitation changes nothing; an unknown, used or expired one is refused on the field "token". */
    public Invitation open(String token) {
        var invitation = find(token);
        invitation.requireOpen(time.now());
        return invitation;
    }

    public Account accept(String token, Acceptance answer) {
        var invitation = find(token);
        // locked: two answers at once cannot both make an account
        em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
        invitation.requireOpen(time.now());
        List<FieldProblem> problems = new ArrayList<>();
        PasswordRule.check("password", answer.password(), problems, invitation.name(), invitation.email());
        var details = ProfileDetails.read(invitation.name(), answer.phone(), answer.smsConsent(), List.of(),
                List.of(), problems);
        if (tokens.account(invitation.email()).isPresent()) {
            problems.add(new FieldProblem("email", "field.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        invitation.accept(time.now());
        var person = people.enrol(details, invitation.email(), invitation.organisation());
        var account = Account.unverified(invitation.email(), invitation.name(), passwords.hash(answer.password()),
                person, invitation.role(), invitation.language(), time.now());
        account.activate();
        em.persist(account);
        return account;
    }

    private Invitation find(String token) {
        return em.createNamedQuery(Invitation.BY_HASH, Invitation.class)
                .setParameter("hash", ManageToken.hash(token == null ? "" : token.strip()))
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.invalid("token", "field.token.unknown"));
    }
}
