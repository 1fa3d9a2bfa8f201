package dk.helhed.people.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class ResidentTest {
    private static final String PHONE = "20 30 40 50";

    private static Refusal refusalOf(String name, String phone, String email) {
        Throwable thrown = catchThrowable(() -> Resident.of(name, phone, email));
        assertThat(thrown).as("refusal of %s / %s / %s", name, phone, email).isInstanceOf(Refusal.class);
        return (Refusal) thrown;
    }

    @Test
    @DisplayName("every problem is reported at once: name, phone and e-mail")
    void collectsAllProblems() {
        Refusal refusal = refusalOf("  ", "12", "not-an-address");

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.fields())
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(
                        tuple("name", "field.name.empty"),
                        tuple("phone", "field.phone.resident"),
                        tuple("email", "field.email.invalid"));
    }

    @Test
    @DisplayName("a missing phone is 'empty', not 'invalid'")
    void missingPhone() {
        assertThat(refusalOf("Amina", null, null).fields())
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("phone", "field.phone.empty"));
    }

    @Test
    @DisplayName("a valid resident: name trimmed, phone in E.164, e-mail kept")
    void valid() {
        Resident resident = Resident.of("  Amina Hassan \n", PHONE, " amina@example.dk ");

        assertThat(resident.name()).isEqualTo("Amina Hassan");
        assertThat(resident.phone()).isEqualTo(new PhoneNumber("+4520304050"));
        assertThat(resident.email()).contains("amina@example.dk");
    }

    @ParameterizedTest(name = "e-mail \"{0}\" means none")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("e-mail is optional")
    void emailIsOptional(String email) {
        assertThat(Resident.of("Amina", PHONE, email).email()).isEmpty();
    }

    @Test
    @DisplayName("100 code points is the longest name; 101 is refused with the limit as argument")
    void nameLength() {
        assertThat(Resident.of("a".repeat(100), PHONE, null).name()).hasSize(100);

        FieldProblem problem = refusalOf("a".repeat(101), PHONE, null).fields().get(0);
        assertThat(problem.field()).isEqualTo("name");
        assertThat(problem.key()).isEqualTo("field.name.long");
        assertThat(problem.args()).containsExactly(100);
    }

    @Test
    @DisplayName("code points are counted, not chars: 100 emoji (200 chars) are fine, 101 are not")
    void emojiCountAsOneEach() {
        String hundredEmoji = "😀".repeat(100);
        assertThat(hundredEmoji).hasSize(200);

        assertThat(Resident.of(hundredEmoji, PHONE, null).name()).isEqualTo(hundredEmoji);
        assertThat(refusalOf("😀".repeat(101), PHONE, null).fields())
                .extracting(FieldProblem::key).containsExactly("field.name.long");
    }

    @ParameterizedTest(name = "\"{0}\" is kept as written")
    @ValueSource(strings = {"محمد عبد الله", "Søren Ærø Åberg", "Hodan Cali 🌸", "Ayşe Yılmaz", "محمد 👋🏽 Ali",
            "Familien 👨‍👩‍👧", "می‌خواهم"})
    @DisplayName("names in any script, emoji (with zero-width joiners) included, are kept intact")
    void anyScript(String name) {
        assertThat(Resident.of(name, PHONE, null).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "control character U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x1B, 0x7F, 0x85, 0x9B})
    @DisplayName("a control character inside a name is refused")
    void controlCharacters(int control) {
        String name = "Amina" + Character.toString(control) + "Hassan";

        assertThat(refusalOf(name, PHONE, null).fields())
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("name", "field.name.control"));
    }

    @ParameterizedTest(name = "\"{0}\" is not an address")
    @ValueSource(strings = {"amina", "amina@", "amina@example", "a b@example.dk", "a@b@example.dk"})
    @DisplayName("malformed e-mail addresses are refused")
    void malformedEmail(String email) {
        assertThat(refusalOf("Amina", PHONE, email).fields())
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(tuple("email", "field.email.invalid"));
    }

    @Test
    @DisplayName("an e-mail address over 254 characters is refused")
    void overlongEmail() {
        String email = "a".repeat(64) + "@" + "b".repeat(186) + ".dk";
        assertThat(email).hasSize(254);
        assertThat(Resident.of("Amina", PHONE, email).email()).contains(email);

        assertThat(refusalOf("Amina", PHONE, "a" + email).fields())
                .extracting(FieldProblem::key).containsExactly("field.email.invalid");
    }
}
