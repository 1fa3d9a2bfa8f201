package dk.helhed.signin.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.control.SignInAccounts;
import dk.helhed.signin.control.Totp;
import dk.helhed.signin.entity.ApiToken;
import dk.helhed.signin.entity.RecoveryCode;
import dk.helhed.storage.Sealing;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.entity.ManageToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The second factor: a TOTP app enrolled with a QR code, asked for after the password at every sign-in on the pages,
 * with ten one-time recovery codes for a lost phone. Coordinators, admins and advisers must have one (their first
 * sign-in enrols it; {@code HELHED_SECOND_FACTOR_ROLES}); a volunteer or partner may. An account with a second factor,
 * or whose roles need one, cannot use HTTP Basic: programs use an API token the person makes after signing in.
 * Every change (enrolled, removed, new recovery codes, a recovery code used, tokens made and revoked) is logged.
 */
@ApplicationScoped
@Transactional
public class SecondFactors {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUER = "Helhed";

    @PersistenceContext
    EntityManager em;
    @Inject
    Sealing sealing;
    @Inject
    TimeSource time;
    @Inject
    AccessLog log;
    @Inject
    SignInLimits limits;
    @Inject
    SignInAccounts accounts;
    @Inject
    PasswordAgain passwordAgain;

    @Inject
    @ConfigProperty(name = "helhed.second-factor.roles", defaultValue = "ADMIN,COORDINATOR,ADVISER")
    String requiredRoles;

    /** A secret offered for enrolment: shown as a QR code and as text, kept by the page until it is confirmed. */
    public record Offer(String secret, String uri, String qrSvg) implements java.io.Serializable {
    }

    /** An account's second factor as its owner sees it. */
    public record Status(boolean enrolled, Instant since, long recoveryCodesLeft, boolean required,
                         List<TokenView> tokens) {
    }

    /** An API token as listed; its secret is shown once, when made. */
    public record TokenView(long id, String name, Instant created, Instant lastUsed) {
    }

    /** A new API token: the secret, shown this once. */
    public record NewToken(long id, String name, String token) {
    }

    private Set<String> roles;

    /** The roles of {@code HELHED_SECOND_FACTOR_ROLES}, read once. */
    @jakarta.annotation.PostConstruct
    void readRoles() {
        roles = Arrays.stream(requiredRoles.split(",")).map(String::strip).map(r -> r.toUpperCase(Locale.ROOT))
                .filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether these groups (an account's roles) must sign in with a second factor. */
    public boolean required(Set<String> groups) {
        return groups.stream().anyMatch(roles::contains);
    }

    /** A new secret for {@code email} to scan. Nothing is stored until {@link #confirm}. */
    public Offer offer(String email) {
        String secret = Totp.newSecret();
        String uri = Totp.uri(secret, Account.normalise(email), ISSUER);
        return new Offer(secret, uri, Totp.qrSvg(uri));
    }

    /**
     * Enrols the offered secret once the app shows a right code for it; answers the ten recovery codes, shown this
     * once. Replaces an earlier second factor and its recovery codes.
     */
    public List<String> confirm(String email, String secret, String code, String from) {
        var account = account(email);
        if (account.hasSecondFactor()) {
            throw Refusal.conflict("second-factor.already");
        }
        if (sealing.problem().isPresent()) {
            // a key only this node has would be lost at its restart, and the account with it
            throw Refusal.conflict("second-factor.no-key");
        }
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw Refusal.invalid("secret", "field.secret.invalid");
        }
        Instant now = time.now();
        var step = Totp.matchingStep(secret, code, now, 0);
        if (step.isEmpty()) {
            limits.failed(account.email(), from);
            throw Refusal.invalid("code", "field.code.totp-wrong");
        }
        account.enrolSecondFactor(sealing.seal(secret), step.getAsLong(), now);
        List<String> codes = newRecoveryCodes(account, now);
        log.record(account.email(), "MFA_ENROLLED", "account:" + account.email());
        return codes;
    }

    /**
     * The code after the password: from the app (a later step than the last used) or one of the recovery codes
     * (used up). A wrong one counts as a failed sign-in.
     */
    public boolean verify(String email, String code, String from) {
        var account = account(email);
        if (limits.blocked(account.email(), from) || limits.codesBlocked(account.email())) {
            throw Refusal.tooMany("page.login.too-many");
        }
        // one check at a time per account: two requests with one code (or one recovery code) cannot both pass
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        Instant now = time.now();
        var secret = sealing.open(account.secondFactorSecret());
        if (secret.isPresent()) {
            var step = Totp.matchingStep(secret.get(), code, now, account.lastCodeStep());
            if (step.isPresent()) {
                account.codeUsed(step.getAsLong());
                if (!sealing.current(account.secondFactorSecret())) {
                    // sealed with a key since replaced: sealed again with today's, so the old key can go
                    account.enrolSecondFactor(sealing.seal(secret.get()), step.getAsLong(), account.secondFactorSince());
                }
                log.record(account.email(), "SIGNIN_SECOND_FACTOR", "account:" + account.email());
                return true;
            }
        }
        var recovery = em.createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class).setParameter("account", account)
                .setParameter("hash", ManageToken.hash(Totp.normaliseRecoveryCode(code))).getResultStream()
                .findFirst();
        if (recovery.isPresent()) {
            recovery.get().use(now);
            log.record(account.email(), "MFA_RECOVERY_CODE_USED", "account:" + account.email());
            return true;
        }
        limits.codeFailed(account.email(), from);
        return false;
    }

    public Status status(String email) {
        var account = account(email);
        long left = account.hasSecondFactor() ? em.createNamedQuery(RecoveryCode.LEFT, Long.class)
                .setParameter("account", account).getSingleResult() : 0;
        var tokens = em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("account", account)
                .getResultStream().map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt())).toList();
        return new Status(account.hasSecondFactor(), account.secondFactorSince(), left,
                required(account.roles().stream().map(Enum::name).collect(Collectors.toSet())), tokens);
    }

    /** Enrols from the account page: the password again, then as {@link #confirm}. */
    public List<String> confirm(String email, String password, String secret, String code, String from) {
        checkPassword(account(email), password, from);
        return confirm(email, secret, code, from);
    }

    /** Ten new recovery codes, the password given again; the old ones stop working. */
    public List<String> renewRecoveryCodes(String email, String password, String from) {
        var account = account(email);
        checkPassword(account, password, from);
        if (!account.hasSecondFactor()) {
            throw Refusal.conflict("second-factor.none");
        }
        var codes = newRecoveryCodes(account, time.now());
        log.record(account.email(), "MFA_RECOVERY_CODES_RENEWED", "account:" + account.email());
        return codes;
    }

    /** Removes the second factor, the password given again; not for an account whose roles need one. */
    public void remove(String email, String password, String from) {
        var account = account(email);
        if (required(account.roles().stream().map(Enum::name).collect(Collectors.toSet()))) {
            throw Refusal.conflict("second-factor.required");
        }
        checkPassword(account, password, from);
        account.removeSecondFactor();
        em.createNamedQuery(RecoveryCode.FORGET).setParameter("account", account).executeUpdate();
        log.record(account.email(), "MFA_REMOVED", "account:" + account.email());
    }

    /** A new API token for the signed-in person's programs, with a name to tell it by; the password again. */
    public NewToken newToken(String email, String password, String name, String from) {
        checkPassword(account(email), password, from);
        return newToken(email, name);
    }

    /** A new API token (for a set-up that made the account, and for the tests' programs). */
    public NewToken newToken(String email, String name) {
        var account = account(email);
        String shown = name == null ? "" : name.strip();
        if (shown.isEmpty()) {
            throw Refusal.invalid("name", "field.token-name.empty");
        }
        if (shown.length() > ApiToken.NAME_MAX) {
            throw Refusal.invalid("name", "field.name.long", ApiToken.NAME_MAX);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "hh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var made = new ApiToken(account, shown, ManageToken.hash(token), time.now());
        em.persist(made);
        em.flush();
        log.record(account.email(), "API_TOKEN_MADE", "account:" + account.email());
        return new NewToken(made.id(), shown, token);
    }

    /**
     * Revokes a token. The account's sessions end too (a program's session, begun with the token, would otherwise
     * outlive it): answers the sessions' new number, which the caller's own session carries on with.
     */
    public int revokeToken(String email, long id) {
        var account = account(email);
        var token = Optional.ofNullable(em.find(ApiToken.class, id)).filter(t -> t.account().equals(account))
                .orElseThrow(() -> Refusal.notFound("api-token.unknown"));
        token.revoke(time.now());
        account.endSessions();
        log.record(account.email(), "API_TOKEN_REVOKED", "account:" + account.email());
        return account.sessionsVersion();
    }

    private void checkPassword(Account account, String password, String from) {
        passwordAgain.check(account, password, from);
    }

    /** Who an API token signs in, if it is one and its account is active. */
    public Optional<SignInAccounts.SignedIn> byToken(String token) {
        var found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ManageToken.hash(token)).getResultStream().findFirst();
        found.ifPresent(t -> t.used(time.now()));
        // a token made before its account's roles came to need a second factor does not stand in for one
        return found.flatMap(t -> accounts.signedIn(t.account().email()))
                .filter(who -> who.secondFactor() || !required(who.groups()));
    }

    private List<String> newRecoveryCodes(Account account, Instant now) {
        em.createNamedQuery(RecoveryCode.FORGET).setParameter("account", account).executeUpdate();
        var codes = Totp.recoveryCodes();
        codes.forEach(c -> em.persist(new RecoveryCode(account, ManageToken.hash(Totp.normaliseRecoveryCode(c)), now)));
        return codes;
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", Account.normalise(email))
                .getResultStream().filter(Account::active).findFirst()
                .orElseThrow(() -> Refusal.notFound("account.unknown"));
    }
}
