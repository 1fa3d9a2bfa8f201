package dk.helhed.verification.entity;

import dk.helhed.i18n.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PhoneVerificationTest {
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private static Refusal refusalOf(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return (Refusal) thrown;
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    @DisplayName("a code is 6 digits, lives 10 minutes, and the right one verifies once")
    void rightCodeVerifies() {
        var issued = PhoneVerification.start("appointment:H-TEST", "+4520304050", NOW);
        assertThat(issued.code()).matches("\\d{6}");
        assertThat(issued.verification().expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        issued.verification().check(" " + issued.code() + " ", NOW.plusSeconds(599));

        assertThat(issued.verification().verified()).isTrue();
        assertThat(refusalOf(() -> issued.verification().check(issued.code(), NOW.plusSeconds(600))).key())
                .isEqualTo("verification.done");
    }

    @Test
    @DisplayName("five wrong tries use the code up; even the right code is refused after that")
    void fiveTries() {
        var issued = PhoneVerification.start("t", "+4520304050", NOW);
        var v = issued.verification();
        for (int left = 4; left >= 1; left--) {
            Refusal r = refusalOf(() -> v.check(wrong(issued.code()), NOW));
            assertThat(r.fields().get(0).key()).isEqualTo("field.code.wrong");
            assertThat(r.fields().get(0).args()).containsExactly(left);
        }
        assertThat(refusalOf(() -> v.check(wrong(issued.code()), NOW)).fields().get(0).key())
                .isEqualTo("field.code.no-tries");
        assertThat(refusalOf(() -> v.check(issued.code(), NOW)).fields().get(0).key())
                .isEqualTo("field.code.no-tries");
        assertThat(v.verified()).isFalse();
    }

    @Test
    @DisplayName("an expired code is refused; a resend after the cooldown gives a new code with fresh tries")
    void expiryAndResend() {
        var issued = PhoneVerification.start("t", "+4520304050", NOW);
        var v = issued.verification();
        assertThat(refusalOf(() -> v.check(issued.code(), NOW.plus(Duration.ofMinutes(10)))).fields().get(0).key())
                .isEqualTo("field.code.expired");

        Refusal early = refusalOf(() -> v.resend(NOW.plusSeconds(30), Duration.ofSeconds(60)));
        assertThat(early.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
        assertThat(early.args()).containsExactly(30L);

        Instant later = NOW.plus(Duration.ofMinutes(11));
        String second = v.resend(later, Duration.ofSeconds(60));
        assertThat(v.sends()).isEqualTo(2);
        assertThat(v.expiresAt()).isEqualTo(later.plus(Duration.ofMinutes(10)));
        v.check(second, later.plusSeconds(5));
        assertThat(v.verified()).isTrue();
    }

    @Test
    @DisplayName("the old code stops working when a new one is sent")
    void oldCodeDiesOnResend() {
        var issued = PhoneVerification.start("t", "+4520304050", NOW);
        var v = issued.verification();
        String second = v.resend(NOW.plusSeconds(61), Duration.ofSeconds(60));
        if (!second.equals(issued.code())) {
            assertThat(refusalOf(() -> v.check(issued.code(), NOW.plusSeconds(62))).fields().get(0).key())
                    .isEqualTo("field.code.wrong");
        }
        v.check(second, NOW.plusSeconds(63));
        assertThat(v.verified()).isTrue();
    }
}
