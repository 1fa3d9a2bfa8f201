package dk.helhed.storage;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Secrets at rest are kept sealed: message texts while they wait in the outbox (a reminder holds the resident's manage
 * link for up to six weeks, a code message its code) and staff's second-factor keys; a database dump or backup must
 * not hand them out. AES-256-GCM with the key
 * from {@code HELHED_DATA_KEY} (32 random bytes, base64); a text is stored as {@code sealed:1:<key id>:<base64 of
 * nonce and ciphertext>}. Keys named in {@code HELHED_DATA_PREVIOUS_KEYS} still open what they sealed, so a key can
 * be replaced while reminders wait. A text without the prefix (written before sealing, or a marker such as
 * "removed after sending") is read as it is.
 * <p>
 * Without a usable key the node makes one for itself, which no other node and no restart knows: nothing is ever
 * written in clear, but what waits when the node stops cannot be sent. Readiness is then DOWN and says why.
 */
@ApplicationScoped
public class Sealing {
    static final String PREFIX = "sealed:1:";
    /** Why a message whose text cannot be opened is not sent (a key that was replaced without being kept). */
    public static final String UNOPENED = "its text was sealed with a key this node does not have "
            + "(HELHED_DATA_KEY, HELHED_DATA_PREVIOUS_KEYS)";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = Logger.getLogger(Sealing.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "helhed.data.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "helhed.data.previous-keys")
    Optional<String> previousKeys;

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private String current;
    private String problem;

    public Sealing() {
    }

    /** A seal with these keys, the first sealing (for tests and tools). */
    public Sealing(String key, String... previous) {
        this.key = Optional.ofNullable(key);
        this.previousKeys = Optional.of(String.join(",", previous));
        init();
    }

    @PostConstruct
    void init() {
        String given = key.map(String::strip).orElse("");
        problem = given.isEmpty() ? "HELHED_DATA_KEY is not set (make one with: openssl rand -base64 32)"
                : add(given) ? null
                : "HELHED_DATA_KEY is not 32 bytes in base64 (make one with: openssl rand -base64 32)";
        if (problem == null) {
            current = keys.keySet().iterator().next();
        } else {
            keys.clear();
            byte[] own = new byte[32];
            RANDOM.nextBytes(own);
            current = put(own);
            LOG.severe(() -> problem + ": message texts are sealed with a key only this node has until it stops; "
                    + "messages still waiting then cannot be sent. Readiness is DOWN.");
        }
        Arrays.stream(previousKeys.orElse("").split(",")).map(String::strip).filter(k -> !k.isEmpty()).forEach(k -> {
            if (!add(k)) {
                LOG.warning("A key in HELHED_DATA_PREVIOUS_KEYS is not 32 bytes in base64: it is ignored");
            }
        });
    }

    /** What is wrong with the key setting, or empty when texts are sealed with a configured key. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public String seal(String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + current + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** The text, or empty when it was sealed with a key this node does not have (or was altered). */
    public Optional<String> open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.ofNullable(stored);
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            return Optional.empty();
        }
        var spec = keys.get(stored.substring(PREFIX.length(), colon));
        if (spec == null) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, spec, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return Optional.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a stored text is sealed with the key that seals now (not an earlier one, nor in clear). */
    public boolean current(String stored) {
        return stored != null && stored.startsWith(PREFIX + this.current + ":");
    }

    /** Whether a stored text is sealed (texts stored before sealing are not, until the retention job seals them). */
    public static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private boolean add(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            if (bytes.length != 32) {
                return false;
            }
            put(bytes);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String put(byte[] bytes) {
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
            keys.putIfAbsent(id, new SecretKeySpec(bytes, "AES"));
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
