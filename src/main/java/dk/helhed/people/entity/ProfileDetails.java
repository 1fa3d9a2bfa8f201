package dk.helhed.people.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.SpokenLanguage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a volunteer or partner staff member writes about themselves, checked: a name, a phone (optional, via
 * libphonenumber), whether SMS is welcome (only with a phone), the languages they speak (ISO 639-1) and the subjects
 * they can teach. Every problem is reported at once, each on its field.
 */
public record ProfileDetails(String name, PhoneNumber phone, boolean smsConsent, List<SpokenLanguage> languages,
                             Set<Subject> subjects, Set<String> places) {
    public static final int NAME_MAX = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** The details without places (they stay as they are), or null with the problems added to {@code problems}. */
    public static ProfileDetails read(String name, String phone, Boolean smsConsent, Collection<String> languages,
                                      Collection<String> subjects, List<FieldProblem> problems) {
        return read(name, phone, smsConsent, languages, subjects, null, Set.of(), problems);
    }

    /**
     * The details, or null with the problems added to {@code problems}. {@code places} are place codes among
     * {@code knownPlaces}; null leaves the person's places as they are.
     */
    public static ProfileDetails read(String name, String phone, Boolean smsConsent, Collection<String> languages,
                                      Collection<String> subjects, Collection<String> places,
                                      Set<String> knownPlaces, List<FieldProblem> problems) {
        int before = problems.size();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem("name", "field.name.empty"));
        } else if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
            problems.add(new FieldProblem("name", "field.name.long", NAME_MAX));
        } else if (CONTROL.matcher(trimmed).find()) {
            problems.add(new FieldProblem("name", "field.name.control"));
        }
        PhoneNumber number = null;
        if (phone != null && !phone.isBlank()) {
            number = PhoneNumber.parse(phone).orElse(null);
            if (number == null) {
                problems.add(new FieldProblem("phone", "field.phone.invalid"));
            }
        }
        boolean sms = Boolean.TRUE.equals(smsConsent);
        if (sms && (phone == null || phone.isBlank())) {
            problems.add(new FieldProblem("smsConsent", "field.sms-consent.no-phone"));
        }
        var spoken = new TreeSet<SpokenLanguage>();
        for (String code : languages == null ? List.<String>of() : languages) {
            Optional<SpokenLanguage> language = SpokenLanguage.of(code);
            if (language.isEmpty()) {
                problems.add(new FieldProblem("languages", "field.spoken-language.invalid"));
                break;
            }
            spoken.add(language.get());
        }
        var taught = EnumSet.noneOf(Subject.class);
        for (String subject : subjects == null ? List.<String>of() : subjects) {
            Optional<Subject> known = Subject.parse(subject);
            if (known.isEmpty()) {
                problems.add(new FieldProblem("subjects", "field.subject.unknown"));
                break;
            }
            taught.add(known.get());
        }
        Set<String> helpsAt = null;
        if (places != null) {
            helpsAt = new TreeSet<>();
            for (String code : places) {
                String stripped = code == null ? "" : code.strip();
                if (!knownPlaces.contains(stripped)) {
                    problems.add(new FieldProblem("places", "field.place.unknown"));
                    break;
                }
                helpsAt.add(stripped);
            }
        }
        return problems.size() > before ? null
                : new ProfileDetails(trimmed, number, sms, new ArrayList<>(spoken), taught, helpsAt);
    }

    /** A required e-mail address, normalised, or null with its problem added. */
    public static String email(String email, List<FieldProblem> problems) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem("email", "field.email.empty"));
            return null;
        }
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            problems.add(new FieldProblem("email", "field.email.invalid"));
            return null;
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** Gives a person these details; the e-mail stays what it is. */
    public void applyTo(Person person) {
        person.updateProfile(name, phone, person.email(), smsConsent, languages, subjects);
        if (places != null) {
            person.helpAt(places);
        }
    }
}
