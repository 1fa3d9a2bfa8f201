package dk.helhed.people.entity;

import dk.helhed.i18n.Language;
import jakarta.persistence.Embeddable;

import java.util.Optional;

/** How to reach the resident who signed up, and in which language: a checked {@link Resident} as stored. */
@Embeddable
public class Contact {
    private String name;
    private String phone;
    private String email;
    private String language;

    protected Contact() {
    }

    public Contact(Resident resident, Language language) {
        this.name = resident.name();
        this.phone = resident.phone().e164();
        this.email = resident.email().orElse(null);
        this.language = language.tag();
    }

    /** The same language, with name, phone and e-mail erased. */
    public static Contact erased(Contact contact) {
        var erased = new Contact();
        erased.name = "";
        erased.phone = "";
        erased.language = contact.language;
        return erased;
    }

    public String name() {
        return name;
    }

    /** E.164. */
    public String phone() {
        return phone;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DA);
    }
}
