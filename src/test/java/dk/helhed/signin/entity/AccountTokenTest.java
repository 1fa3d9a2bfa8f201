package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Role;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTokenTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final Account account = new Account("amira@example.dk", "Amira", "hash", null,
            EnumSet.of(Role.VOLUNTEER), NOW);
    private final ManageToken secret = ManageToken.create();
    private final AccountToken token = new AccountToken(account, TokenPurpose.VERIFY_EMAIL, secret, NOW,
            Duration.ofHours(48));

    @Test
    void keepsOnlyTheHashOfA128BitSecret() {
        assertThat(java.util.Base64.getUrlDecoder().decode(secret.value())).hasSize(16);
        assertThat(ManageToken.hash(secret.value())).hasSize(64).isNotEqualTo(secret.value());
        assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void worksOnceBeforeItExpires() {
        token.use(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(47)));

        assertThat(token.used()).isTrue();
        assertThatThrownBy(() -> token.use(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(47))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields()).singleElement()
                        .satisfies(f -> assertThat(f.key()).isEqualTo("field.token.used")));
    }

    @Test
    void refusesAtTheMomentItExpires() {
        assertThatThrownBy(() -> token.use(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(48))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).key())
                        .isEqualTo("field.token.expired"));
        assertThat(token.used()).isFalse();
    }

    @Test
    void aVerificationTokenDoesNotResetAPassword() {
        assertThatThrownBy(() -> token.use(TokenPurpose.RESET_PASSWORD, NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).key())
                        .isEqualTo("field.token.unknown"));
        assertThat(token.used()).isFalse();
    }

    @Test
    void aSelfSignUpIsInactiveUntilActivated() {
        var signedUp = Account.unverified("Jonas@Example.dk ", "Jonas", "hash", null, Role.VOLUNTEER, "en", NOW);

        assertThat(signedUp.active()).isFalse();
        assertThat(signedUp.email()).isEqualTo("jonas@example.dk");
        assertThat(signedUp.language()).isEqualTo("en");
        signedUp.activate();
        assertThat(signedUp.active()).isTrue();
    }
}
