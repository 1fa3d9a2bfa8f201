package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Role;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final Invitation invitation = new Invitation("Lars Jensen", " Lars@Jobcenter.dk", Role.PARTNER,
            new Organisation(new SocialPlan("koege", "Køge"), "jobcenter", "Jobcenter Køge"), "da", ManageToken.create(),
            "maja@helhed.dk", NOW, Duration.ofDays(14));

    @Test
    void isAcceptedOnce() {
        assertThat(invitation.email()).isEqualTo("lars@jobcenter.dk");
        invitation.accept(NOW.plus(Duration.ofDays(13)));

        assertThat(invitation.accepted()).isTrue();
        assertThatThrownBy(() -> invitation.accept(NOW.plus(Duration.ofDays(13))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0).key())
                        .isEqualTo("field.invitation.used"));
    }

    @Test
    void expiresAfterItsLifetime() {
        assertThatThrownBy(() -> invitation.accept(NOW.plus(Duration.ofDays(14))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.fields().get(0))
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("token");
                            assertThat(f.key()).isEqualTo("field.invitation.expired");
                        }));
        assertThat(invitation.accepted()).isFalse();
    }
}
