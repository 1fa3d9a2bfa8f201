package dk.helhed.people.entity;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PersonTest {
    @Test
    void aVolunteerKeepsAProfile() {
        var person = new Person("Ali", null, "ali@example.dk", null);
        person.updateProfile("Ali Hassan", new PhoneNumber("+4520304050"), "ali@example.dk", true,
                List.of(new SpokenLanguage("ar"), new SpokenLanguage("da")), List.of(Subject.MATHS));
        assertThat(person.name()).isEqualTo("Ali Hassan");
        assertThat(person.phone()).isEqualTo("+4520304050");
        assertThat(person.acceptsSms()).isTrue();
        assertThat(person.languages()).extracting(SpokenLanguage::code).containsExactly("ar", "da");
        assertThat(person.teaches(Subject.MATHS)).isTrue();
        assertThat(person.teaches(Subject.DANISH)).isFalse();
    }

    @Test
    void smsNeedsANumber() {
        var person = new Person("Ali", null, "ali@example.dk", null);
        var refusal = catchThrowableOfType(() -> person.updateProfile("Ali", null, "ali@example.dk", true, List.of(),
                List.of()), Refusal.class);
        assertThat(refusal.fields()).extracting(Refusal.FieldProblem::field).containsExactly("smsConsent");
        assertThat(person.acceptsSms()).isFalse();
    }
}
