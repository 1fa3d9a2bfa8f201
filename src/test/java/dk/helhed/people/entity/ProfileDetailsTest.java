package dk.helhed.people.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.SpokenLanguage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileDetailsTest {
    private final List<FieldProblem> problems = new ArrayList<>();

    private List<String> keys() {
        return problems.stream().map(f -> f.field() + ":" + f.key()).toList();
    }

    @Test
    void readsAVolunteersProfile() {
        var details = ProfileDetails.read("  Amira Haddad ", "22 33 44 55", true, List.of("AR", "da", " en"),
                List.of("maths"), problems);

        assertThat(problems).isEmpty();
        assertThat(details.name()).isEqualTo("Amira Haddad");
        assertThat(details.phone()).isEqualTo(new PhoneNumber("+4522334455"));
        assertThat(details.smsConsent()).isTrue();
        assertThat(details.languages()).extracting(SpokenLanguage::code).containsExactly("ar", "da", "en");
        assertThat(details.subjects()).isEqualTo(Set.of(Subject.MATHS));
    }

    @Test
    void thePhoneIsOptionalButSmsNeedsOne() {
        var details = ProfileDetails.read("Jonas", "", false, null, null, problems);
        assertThat(details.phone()).isNull();
        assertThat(details.languages()).isEmpty();

        assertThat(ProfileDetails.read("Jonas", " ", true, List.of(), List.of(), problems)).isNull();
        assertThat(keys()).containsExactly("smsConsent:field.sms-consent.no-phone");
    }

    @Test
    void reportsEveryProblemAtOnceEachOnItsField() {
        assertThat(ProfileDetails.read("", "12", null, List.of("klingon"), List.of("CHEMISTRY"), problems)).isNull();

        assertThat(keys()).containsExactly("name:field.name.empty", "phone:field.phone.invalid",
                "languages:field.spoken-language.invalid", "subjects:field.subject.unknown");
    }

    @Test
    void anEmailIsRequiredAndNormalised() {
        assertThat(ProfileDetails.email(" Amira@Example.DK ", problems)).isEqualTo("amira@example.dk");
        assertThat(ProfileDetails.email(null, problems)).isNull();
        assertThat(ProfileDetails.email("not-an-address", problems)).isNull();
        assertThat(keys()).containsExactly("email:field.email.empty", "email:field.email.invalid");
    }

    @Test
    void appliedToAPersonKeepsTheirEmail() {
        var person = new Person("Old name", null, "amira@example.dk", null);
        ProfileDetails.read("Amira", "+4522334455", true, List.of("ar"), List.of("DANISH"), problems)
                .applyTo(person);

        assertThat(person.email()).isEqualTo("amira@example.dk");
        assertThat(person.name()).isEqualTo("Amira");
        assertThat(person.acceptsSms()).isTrue();
        assertThat(person.teaches(Subject.DANISH)).isTrue();
    }
}
