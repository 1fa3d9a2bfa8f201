package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRuleTest {
    private static List<String> problems(String password, String... personal) {
        List<FieldProblem> found = new ArrayList<>();
        boolean fine = PasswordRule.check("password", password, found, personal);
        assertThat(fine).isEqualTo(found.isEmpty());
        return found.stream().map(f -> f.field() + ":" + f.key()).toList();
    }

    @Test
    void aPassphraseOfTenOrMoreCharactersIsFine() {
        assertThat(problems("helhed-demo")).isEmpty();
        assertThat(problems("a long volunteer passphrase", "Amira Haddad", "amira@helhed.test")).isEmpty();
        assertThat(problems("jeg elsker koege")).isEmpty();
        assertThat(problems("كلمة سر طويلة")).isEmpty();
    }

    @Test
    void tooShortEmptyBlankOrHugeIsRefusedOnTheField() {
        assertThat(problems("123456789")).containsExactly("password:field.password.short");
        assertThat(problems(null)).containsExactly("password:field.password.empty");
        assertThat(problems("")).containsExactly("password:field.password.empty");
        assertThat(problems("            ")).containsExactly("password:field.password.empty");
        assertThat(problems("x".repeat(129))).containsExactly("password:field.password.long");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // nine emoji are 18 UTF-16 units but nine characters
        assertThat(problems("🌸".repeat(9))).containsExactly("password:field.password.short");
    }

    @Test
    void commonPasswordsAreRefusedSayingSo() {
        assertThat(problems("1234567890")).containsExactly("password:field.password.common");
        assertThat(problems("password123")).containsExactly("password:field.password.common");
        assertThat(problems("qwertyuiop")).containsExactly("password:field.password.common");
        assertThat(problems("asdfghjklø")).containsExactly("password:field.password.common");
    }

    @Test
    void patternsAreRefusedSayingSo() {
        assertThat(problems("aaaaaaaaaaaa")).containsExactly("password:field.password.pattern");
        assertThat(problems("trustno1trustno1")).containsExactly("password:field.password.pattern");
        assertThat(problems("abcdefghijklm")).containsExactly("password:field.password.pattern");
    }

    @Test
    void thePersonsOwnNameOrAddressIsRefusedSayingSo() {
        assertThat(problems("amirahaddad1", "Amira Haddad", "amira.h@helhed.test"))
                .containsExactly("password:field.password.personal");
        assertThat(problems("amira.h2026", "Amira Haddad", "amira.h@helhed.test"))
                .containsExactly("password:field.password.personal");
        assertThat(problems("amirahaddad1")).as("the same is no one's name without the person").isEmpty();
    }

    @Test
    void aFewCommonWordsAreGuessable() {
        assertThat(problems("ellemarken")).containsExactly("password:field.password.guessable");
    }
}
