package dk.helhed.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A sign-in for someone who works for the plan, by e-mail and password (PBKDF2 hash, never the password). An
 * adviser's account points at their person, which is how they see their own appointments and no one else's.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.LANGUAGE_OF_PERSON, query = "select a.language from Account a where a.person.id = :person")
public class Account {
    public static final String BY_EMAIL = "Account.byEmail";
    public static final String LANGUAGE_OF_PERSON = "Account.languageOfPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String name;
    @Column(name = "password_hash")
    private String passwordHash;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    /** The language of the mails about the account (verification, password reset). */
    private String language = "da";
    /** Counted up by a new password: a session that began with a lower number has ended. */
    @Column(name = "sessions_version")
    private int sessionsVersion;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;
    @Column(name = "totp_last_step")
    private long totpLastStep;

    protected Account() {
    }

    public Account(String email, String name, String passwordHash, Person person, Set<Role> roles, Instant now) {
        this.email = normalise(email);
        this.name = name;
        this.passwordHash = passwordHash;
        this.person = person;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = now;
    }

    /** A self sign-up: it cannot sign in until the e-mail is verified ({@link #activate()}). */
    public static Account unverified(String email, String name, String passwordHash, Person person, Role role,
                                     String language, Instant now) {
        var account = new Account(email, name, passwordHash, person, EnumSet.of(role), now);
        account.active = false;
        account.language = language;
        return account;
    }

    /** The e-mail was verified (or an invitation accepted): the account may sign in. */
    public void activate() {
        this.active = true;
    }

    /** The second factor: its secret, sealed (HELHED_DATA_KEY), from now on asked for at every sign-in. */
    public void enrolSecondFactor(String sealedSecret, long firstStep, Instant now) {
        this.totpSecret = sealedSecret;
        this.totpEnrolledAt = now;
        this.totpLastStep = firstStep;
    }

    /** The second factor removed (a volunteer who no longer wants it): sign-in asks for the password only. */
    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = 0;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** The sealed secret, or null. */
    public String secondFactorSecret() {
        return totpSecret;
    }

    public Instant secondFactorSince() {
        return totpEnrolledAt;
    }

    /** The last time step whose code was taken: a code is taken only for a later one. */
    public long lastCodeStep() {
        return totpLastStep;
    }

    /** A code of this step was taken: no code of it or of an earlier step is taken again. */
    public void codeUsed(long step) {
        this.totpLastStep = Math.max(totpLastStep, step);
    }

    /** Every session of the account ends at its next request (a revoked API token's too). */
    public void endSessions() {
        this.sessionsVersion++;
    }

    /** Gives the account these roles (at least one); its sessions end, so the next request signs in with them. */
    public void changeRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.sessionsVersion++;
    }

    /** A leaver: they can no longer sign in, and every session of theirs ends. */
    public void deactivate() {
        this.active = false;
        this.sessionsVersion++;
    }

    /**
     * The account was deleted at its owner's request: deactivated, and its address, name and password gone (the
     * address becomes one that cannot receive mail, so the real one may sign up again).
     */
    public void erase(String unusablePasswordHash) {
        deactivate();
        this.email = "erased-" + id + "@erased.invalid";
        this.name = "";
        this.passwordHash = unusablePasswordHash;
        removeSecondFactor();
    }

    /** A new password: every session signed in with the old one ends ({@link #sessionsVersion()}). */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionsVersion++;
    }

    /** The same password hashed anew (stronger parameters): sessions stand. */
    public void rehash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int sessionsVersion() {
        return sessionsVersion;
    }

    public void rename(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public boolean active() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String language() {
        return language;
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Person person() {
        return person;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
