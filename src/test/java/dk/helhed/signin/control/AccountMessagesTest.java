package dk.helhed.signin.control;

import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Role;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AccountMessagesTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final AccountMessages messages = new AccountMessages("https://helhed.example",
            ZoneId.of("Europe/Copenhagen"));

    @Test
    void theVerificationMailLinksToThePageInTheAccountsLanguage() {
        var account = Account.unverified("amira@example.dk", "Amira", "hash", null, Role.VOLUNTEER, "ar", NOW);
        var token = ManageToken.create();

        var mail = messages.verifyEmail(account, token, NOW, NOW.plus(Duration.ofHours(48))).get(0);

        assertThat(mail.channel()).isEqualTo(ChannelKind.EMAIL);
        assertThat(mail.kind()).isEqualTo(MessageKind.VERIFICATION);
        assertThat(mail.recipient()).isEqualTo("amira@example.dk");
        assertThat(mail.body()).contains("https://helhed.example/verify-email?t=" + token.value() + "&lang=ar")
                .contains("مرحبا Amira");
        assertThat(mail.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(mail.dedupeKey()).doesNotContain(token.value());
    }

    @Test
    void twoResetMailsInTheSameSecondHaveTheirOwnDedupeKeys() {
        var account = Account.unverified("jonas@example.dk", "Jonas", "hash", null, Role.VOLUNTEER, "da", NOW);

        var first = messages.passwordReset(account, ManageToken.create(), NOW, NOW.plusSeconds(3600)).get(0);
        var second = messages.alreadyRegistered(account, ManageToken.create(), NOW, NOW.plusSeconds(3600)).get(0);

        assertThat(first.dedupeKey()).isNotEqualTo(second.dedupeKey());
        assertThat(first.body()).contains("/reset-password?t=").contains("Hej Jonas");
        assertThat(second.subject()).isEqualTo("Du har allerede en konto hos Helhed");
    }
}
