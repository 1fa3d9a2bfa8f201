package dk.helhed.signin.control;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {
    /** RFC 6238, appendix B: the seeds, in base32. */
    private static final String SHA1_SEED = base32("12345678901234567890");
    private static final String SHA256_SEED = base32("12345678901234567890123456789012");
    private static final String SHA512_SEED = base32(
            "1234567890123456789012345678901234567890123456789012345678901234");

    private static String base32(String ascii) {
        return new Base32().encodeToString(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "T = {0}: {1} / {2} / {3}")
    @DisplayName("the library makes RFC 6238's test vectors (eight digits, SHA-1, SHA-256, SHA-512)")
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238Vectors(long seconds, String sha1, String sha256, String sha512) throws Exception {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 8).generate(SHA1_SEED, step)).isEqualTo(sha1);
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA256, 8).generate(SHA256_SEED, step))
                .isEqualTo(sha256);
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA512, 8).generate(SHA512_SEED, step))
                .isEqualTo(sha512);
        assertThat(Totp.code(SHA1_SEED, step)).as("six digits: the last six of the eight")
                .isEqualTo(sha1.substring(2));
    }

    @Test
    @DisplayName("a code is taken for the step before, now and after, never twice, and never an older one")
    void windowAndReplay() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SHA1_SEED, "050471", now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, "050 471", now, 0)).as("as an app shows it").hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "050471", now, step)).as("used already").isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "12345", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, null, now, 0)).isEmpty();
    }

    @Test
    @DisplayName("a new secret is 160 bits in base32; the QR code carries the otpauth address; recovery codes differ")
    void enrolmentParts() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(new Base32().decode(secret)).hasSize(20);
        String uri = Totp.uri(secret, "birgitte@helhed.demo", "Helhed Køge");
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret, "digits=6", "period=30",
                "algorithm=SHA1");
        assertThat(Totp.qrSvg(uri)).startsWith("<svg").contains("aria-hidden=\"true\"", "<path fill=\"#000\" d=\"M");
        var codes = Totp.recoveryCodes();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(Totp.normaliseRecoveryCode(" AbCd-efgh ")).isEqualTo("abcdefgh");
    }
}
