package dk.helhed.signin.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.entity.ApiToken;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An admin changes what an account may do. Each change is logged (ROLE_CHANGED, with the roles before and after) and
 * ends the account's sessions, so its next request has the new roles; a role that needs a second factor asks for
 * its enrolment at the next sign-in. Nobody takes away their own admin role, and an admin always remains.
 */
@ApplicationScoped
@Transactional
public class StaffRoles {
    @PersistenceContext
    EntityManager em;
    @Inject
    AccessLog log;
    @Inject
    SecondFactors factors;
    @Inject
    TimeSource time;

    /** Whether another active admin than this account remains (for deactivating or demoting it). */
    public boolean anotherAdmin(long id) {
        lockAdmins();
        var account = em.find(Account.class, id);
        return account == null || !account.roles().contains(Role.ADMIN) || otherActiveAdmins(account) > 0;
    }

    public AccountClosing.Summary change(long id, List<String> roles, String by) {
        Set<Role> wanted = read(roles);
        // every admin is locked first, so two admins demoting each other at once cannot leave none
        lockAdmins();
        var account = Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> Refusal.notFound("account.unknown"));
        if (!account.active()) {
            throw Refusal.conflict("account.inactive");
        }
        Set<Role> before = account.roles();
        if (wanted.contains(Role.PARTNER) && (account.person() == null || account.person().organisation() == null)) {
            throw Refusal.invalid("roles", "field.role.organisation");
        }
        if (before.contains(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
            if (account.email().equals(Account.normalise(by))) {
                throw Refusal.invalid("roles", "field.role.own-admin");
            }
            if (otherActiveAdmins(account) == 0) {
                throw Refusal.invalid("roles", "field.role.last-admin");
            }
        }
        if (!wanted.equals(before)) {
            account.changeRoles(wanted);
            if (!account.hasSecondFactor() && factors.required(groups(wanted))) {
                // its programs' tokens were made with the password alone: they end with the new roles
                em.createNamedQuery(ApiToken.REVOKE_ALL).setParameter("account", account)
                        .setParameter("now", time.now()).executeUpdate();
            }
            log.record(by, "ROLE_CHANGED", "account:" + account.id() + " " + names(before) + " -> " + names(wanted));
        }
        return AccountClosing.Summary.of(account);
    }

    /** Locks every active admin's account row, for as long as the transaction lasts. */
    void lockAdmins() {
        em.createQuery("select a from Account a join a.roles r where r = :admin and a.active = true", Account.class)
                .setParameter("admin", Role.ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private long otherActiveAdmins(Account account) {
        return em.createQuery("""
                select count(a) from Account a join a.roles r
                where r = :admin and a.active = true and a.id <> :id""", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", account.id()).getSingleResult();
    }

    /** The roles as given, at least one, each one Helhed knows. */
    private static Set<Role> read(List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String given : roles == null ? List.<String>of() : roles) {
            var role = given == null ? Optional.<Role>empty() : java.util.Arrays.stream(Role.values())
                    .filter(r -> r.name().equals(given.strip().toUpperCase(Locale.ROOT))).findFirst();
            set.add(role.orElseThrow(() -> Refusal.invalid("roles", "field.role.unknown")));
        }
        if (set.isEmpty()) {
            throw Refusal.invalid("roles", "field.role.none");
        }
        return set;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
