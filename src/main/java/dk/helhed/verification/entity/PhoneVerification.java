package dk.helhed.verification.entity;

import dk.helhed.i18n.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Proof that a person holds a phone: a 6-digit code sent by SMS for one thing (its topic, e.g. an appointment).
 * <p>
 * Lifecycle: {@link #start started} with a first code; each code lives {@link #CODE_LIFETIME 10 minutes} and allows
 * {@link #MAX_TRIES 5} tries; a new code can be {@link #resend sent} after a cooldown; {@link #check} with the right
 * code marks it verified, once. Codes come from a {@link Randomness#secure() SecureRandom} and are stored only as a salted SHA-256.
 */
@Entity
@Table(name = "phone_verification")
@NamedQuery(name = PhoneVerification.BY_TOPIC, query = "select v from PhoneVerification v where v.topic = :topic")
@NamedQuery(name = PhoneVerification.SPEND_TRY,
        query = "update PhoneVerification v set v.tries = v.tries + 1 where v.id = :id")
public class PhoneVerification {
    public static final String BY_TOPIC = "PhoneVerification.byTopic";
    public static final String SPEND_TRY = "PhoneVerification.spendTry";
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    public static final int MAX_TRIES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String topic;
    private String phone;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "code_salt")
    private String codeSalt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    private int tries;
    private int sends;
    @Column(name = "last_sent_at")
    private Instant lastSentAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected PhoneVerification() {
    }

    private PhoneVerification(String topic, String phone) {
        this.topic = topic;
        this.phone = phone;
    }

    /** A new verification and its first code; the code is handed out once and never stored. */
    public static Issued start(String topic, String phone, Instant now) {
        var verification = new PhoneVerification(topic, phone);
        return new Issued(verification, verification.newCode(now));
    }

    /** A fresh code, if the last one was sent at least {@code cooldown} ago. */
    public String resend(Instant now, Duration cooldown) {
        if (verifiedAt != null) {
            throw Refusal.conflict("verification.done");
        }
        Duration wait = Duration.between(now, lastSentAt.plus(cooldown));
        if (!wait.isNegative() && !wait.isZero()) {
            throw Refusal.tooMany("verification.cooldown", Math.max(1, wait.toSeconds()));
        }
        return newCode(now);
    }

    /** Accepts the right code while it lives and tries remain; otherwise says why not. */
    public void check(String code, Instant now) {
        if (verifiedAt != null) {
            throw Refusal.conflict("verification.done");
        }
        if (tries >= MAX_TRIES) {
            throw Refusal.invalid("code", "field.code.no-tries");
        }
        if (!now.isBefore(expiresAt)) {
            throw Refusal.invalid("code", "field.code.expired");
        }
        tries++;
        if (code == null || !MessageDigest.isEqual(hash(codeSalt, code.strip()).getBytes(StandardCharsets.UTF_8),
                codeHash.getBytes(StandardCharsets.UTF_8))) {
            int left = MAX_TRIES - tries;
            throw left > 0 ? Refusal.invalid("code", "field.code.wrong", left)
                    : Refusal.invalid("code", "field.code.no-tries");
        }
        verifiedAt = now;
    }

    /** The tries spent on the current code. */
    public int tries() {
        return tries;
    }

    public Long id() {
        return id;
    }

    private String newCode(Instant now) {
        var random = Randomness.secure();
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        codeSalt = HexFormat.of().formatHex(salt);
        codeHash = hash(codeSalt, code);
        expiresAt = now.plus(CODE_LIFETIME);
        tries = 0;
        sends++;
        lastSentAt = now;
        return code;
    }

    private static String hash(String salt, String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public String phone() {
        return phone;
    }

    public String topic() {
        return topic;
    }

    public int sends() {
        return sends;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastSentAt() {
        return lastSentAt;
    }

    /** A verification with the code just made for it. */
    public record Issued(PhoneVerification verification, String code) {
    }
}
