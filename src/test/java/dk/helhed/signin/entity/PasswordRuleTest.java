package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRuleTest {
    private static List<String> problems(String password) {
        List<FieldProblem> found = new ArrayList<>();
        PasswordRule.check("password", password, found);
        return found.stream().map(f -> f.field() + ":" + f.key()).toList();
    }

    @Test
    void aPassphraseOfTenOrMoreCharactersIsFine() {
        assertThat(problems("helhed-demo")).isEmpty();
        assertThat(problems("1234567890")).isEmpty();
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
}
