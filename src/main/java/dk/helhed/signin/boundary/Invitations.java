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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Coordinators invite partner staff; the invitee sets a password (and may give a phone) on the page the mail's
 * link opens, which makes an active partner account belonging to the organisation.
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

    public Invitation invite(String name, String email, String organisation, String invitedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        var details = ProfileDetails.read(name, null, false, List.of(), List.of(), problems);
        String address = ProfileDetails.email(email, problems);
        Optional<Organisation> org = organisation == null || organisation.isBlank() ? Optional.empty()
                : people.organisation(organisation.strip());
        if (org.isEmpty()) {
            problems.add(new FieldProblem("organisation", organisation == null || organisation.isBlank()
                    ? "field.organisation.empty" : "field.organisation.unknown"));
        }
        if (address != null && tokens.account(address).isPresent()) {
            problems.add(new FieldProblem("email", "field.email.taken"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        var secret = ManageToken.create();
        var invitation = new Invitation(details.name(), address, org.get(), secret, invitedBy, time.now(),
                settings.invitationLifetime());
        em.persist(invitation);
        em.flush();
        outbox.enqueue(settings.messages().invitation(invitation, secret, time.now()));
        return invitation;
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
        var account = new Account(invitation.email(), invitation.name(), passwords.hash(answer.password()), person,
                EnumSet.of(Role.PARTNER), time.now());
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
