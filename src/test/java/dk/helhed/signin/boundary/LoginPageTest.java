package dk.helhed.signin.boundary;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPageTest {
    private static String startOf(String... roles) {
        return LoginPage.startPage(Set.of(roles)::contains);
    }

    @Test
    void everyoneLandsOnTheirOwnStartPage() {
        assertThat(startOf("VOLUNTEER")).isEqualTo("/volunteer/shifts");
        assertThat(startOf("PARTNER")).isEqualTo("/partner/blocks");
        assertThat(startOf("COORDINATOR")).isEqualTo("/coordinator/rota");
        assertThat(startOf("ADVISER")).isEqualTo("/staff/day");
        assertThat(startOf("ADVISER", "COORDINATOR")).isEqualTo("/coordinator/rota");
        assertThat(startOf()).isEqualTo("/account/profile");
    }
}
