package dk.helhed.signin.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six digits, 30-second
 * steps, a secret of 160 random bits. A code is taken for the step before, the step now or the step after (a phone's
 * clock a little off), and only for a step later than the last one used, so a code seen over a shoulder cannot be
 * used again. Codes come from dev.samstevens.totp; the QR code is drawn as SVG from zxing's matrix.
 */
public final class Totp {
    public static final int PERIOD_SECONDS = 30;
    private static final DefaultCodeGenerator SIX = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private Totp() {
    }

    /** A new secret, in base32 (32 characters: 160 bits). */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The six-digit code of a step. */
    public static String code(String secret, long step) {
        try {
            return SIX.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("not a base32 secret", e);
        }
    }

    /**
     * The step whose code this is, among the step before, now and after, and later than {@code lastUsed}; empty when
     * it is none of them (or not six digits).
     */
    public static OptionalLong matchingStep(String secret, String given, Instant now, long lastUsed) {
        String code = given == null ? "" : given.replaceAll("[\\s-]", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsed && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address an authenticator app reads from the QR code. */
    public static String uri(String secret, String account, String issuer) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer).algorithm(HashingAlgorithm.SHA1)
                .digits(6).period(PERIOD_SECONDS).build().getUri();
    }

    /** Ten one-time recovery codes, each four groups of four letters and digits. */
    public static List<String> recoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(10));
    }

    /** A recovery code as it is compared and stored: lower case, without spaces and dashes. */
    public static String normaliseRecoveryCode(String given) {
        return given == null ? "" : given.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The QR code of {@code text} as an SVG image (one path of dark modules, with the quiet zone around it), hidden
     * from screen readers: the page names it and shows the secret as text beside it.
     */
    public static String qrSvg(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\"><rect width=\"100%\" "
                    + "height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("no QR code for this text", e);
        }
    }
}
