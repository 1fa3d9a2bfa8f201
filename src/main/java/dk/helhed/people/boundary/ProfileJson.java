package dk.helhed.people.boundary;

import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Subject;

import java.util.List;

/** A person's profile as the API shows it; the e-mail is read-only. */
public final class ProfileJson {
    private ProfileJson() {
    }

    public record ProfileView(String name, String email, String phone, boolean smsConsent, List<String> languages,
                              List<String> subjects, List<String> places, String organisation) {
        static ProfileView of(Profiles.Profile p) {
            var person = p.person();
            return new ProfileView(person.name(), p.account().email(), person.phone(), person.smsConsent(),
                    person.languages().stream().map(SpokenLanguage::code).toList(),
                    person.subjects().stream().sorted().map(Subject::name).toList(), List.copyOf(person.places()),
                    person.organisation() == null ? null : person.organisation().code());
        }
    }

    public record ProfileUpdate(String name, String phone, Boolean smsConsent, List<String> languages,
                                List<String> subjects, List<String> places) {
    }
}
