package dk.helhed.verification.entity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ManageTokenTest {

    @Test
    @DisplayName("a token is 22 URL-safe characters carrying 128 random bits")
    void shape() {
        String value = ManageToken.create().value();

        assertThat(value).matches("[A-Za-z0-9_-]{22}");
        assertThat(Base64.getUrlDecoder().decode(value)).hasSize(16);
    }

    @Test
    @DisplayName("two tokens differ")
    void random() {
        assertThat(ManageToken.create().value()).isNotEqualTo(ManageToken.create().value());
    }

    @Test
    @DisplayName("the hash is 64 lower-case hex characters, the same every time, and not the token")
    void hash() {
        ManageToken token = ManageToken.create();

        assertThat(token.hash())
                .matches("[0-9a-f]{64}")
                .isEqualTo(new ManageToken(token.value()).hash())
                .isEqualTo(ManageToken.hash(token.value()))
                .doesNotContain(token.value());
        assertThat(ManageToken.create().hash()).isNotEqualTo(token.hash());
    }

    @Test
    @DisplayName("the hash is SHA-256 (stored hashes must still match after an upgrade)")
    void hashIsSha256() {
        assertThat(ManageToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
