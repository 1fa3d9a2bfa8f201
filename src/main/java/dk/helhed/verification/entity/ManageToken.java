package dk.helhed.verification.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a resident's manage link: 128 random bits, shown once to the resident, stored only as its SHA-256.
 * Nothing about the booking can be read from it.
 */
public record ManageToken(String value) {
    public static ManageToken create() {
        byte[] bytes = new byte[16];
        Randomness.secure().nextBytes(bytes);
        return new ManageToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hash(value);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
