package dk.helhed.storage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SealingTest {
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String NEXT = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    private static final String REMINDER = "Påmindelse: i morgen kl. 10.00 i Pavillonen. Ret eller aflys: "
            + "https://helhed.example.dk/manage?t=Zq3x9VbY2mLw7KpR";

    @Test
    @DisplayName("a sealed text holds neither the link nor the words, opens to the same text, and differs each time")
    void sealsAndOpens() {
        var seal = new Sealing(KEY);
        String stored = seal.seal(REMINDER);
        assertThat(stored).startsWith("sealed:1:").doesNotContain("manage?t=").doesNotContain("Zq3x9VbY2mLw7KpR")
                .doesNotContain("Pavillonen");
        assertThat(seal.open(stored)).contains(REMINDER);
        assertThat(seal.seal(REMINDER)).isNotEqualTo(stored);
        assertThat(seal.problem()).isEmpty();
    }

    @Test
    @DisplayName("after the key is replaced, a text sealed with the old one opens while the old key is kept as previous")
    void previousKeysStillOpen() {
        String old = new Sealing(KEY).seal(REMINDER);
        assertThat(new Sealing(NEXT, KEY).open(old)).contains(REMINDER);
        assertThat(new Sealing(NEXT).open(old)).isEmpty();
        assertThat(new Sealing(NEXT, KEY).seal(REMINDER)).startsWith(new Sealing(NEXT).seal("x").substring(0, 18));
    }

    @Test
    @DisplayName("an altered sealed text does not open")
    void alteredDoesNotOpen() {
        var seal = new Sealing(KEY);
        String stored = seal.seal(REMINDER);
        int at = stored.lastIndexOf(':') + 1;
        byte[] bytes = Base64.getDecoder().decode(stored.substring(at));
        bytes[bytes.length - 20] ^= 1;
        assertThat(seal.open(stored.substring(0, at) + Base64.getEncoder().encodeToString(bytes))).isEmpty();
        assertThat(seal.open(stored.substring(0, at) + "not base64!")).isEmpty();
    }

    @Test
    @DisplayName("a text stored before sealing, and the outbox's markers, read as they are")
    void clearTextReadsAsItIs() {
        assertThat(new Sealing(KEY).open("(removed after sending)")).contains("(removed after sending)");
        assertThat(new Sealing(KEY).open(null)).isEmpty();
    }

    @Test
    @DisplayName("without a usable key nothing is written in clear, and the reason names the setting")
    void withoutAKey() {
        for (var seal : new Sealing[] {new Sealing(null), new Sealing("  "), new Sealing("c2hvcnQ=")}) {
            assertThat(seal.problem()).get().asString().contains("HELHED_DATA_KEY").contains("openssl rand");
            String stored = seal.seal(REMINDER);
            assertThat(stored).startsWith("sealed:1:").doesNotContain("manage?t=");
            assertThat(seal.open(stored)).contains(REMINDER);
            assertThat(new Sealing(KEY).open(stored)).isEmpty();
        }
    }
}
