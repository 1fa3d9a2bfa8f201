package dk.helhed.people.entity;

import dk.helhed.i18n.Refusal.FieldProblem;
import dk.helhed.i18n.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The resident who books: a name to greet them by, a phone that receives SMS, and an e-mail address if they want
 * one. Names are kept as written (any script, emoji included), only trimmed.
 */
public record Resident(String name, PhoneNumber phone, Optional<String> email) {
    public static final int NAME_MAX = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** Checks everything at once, so the person learns every problem in one answer. */
    public static Resident of(String name, String phone, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem("name", "field.name.empty"));
        } else if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
            problems.add(new FieldProblem("name", "field.name.long", NAME_MAX));
        } else if (CONTROL.matcher(trimmed).find()) {
            problems.add(new FieldProblem("name", "field.name.control"));
        }
        Optional<PhoneNumber> number = PhoneNumber.parse(phone);
        if (phone == null || phone.isBlank()) {
            problems.add(new FieldProblem("phone", "field.phone.empty"));
        } else if (number.isEmpty()) {
            problems.add(new FieldProblem("phone", "field.phone.resident"));
        }
        Optional<String> mail = Optional.ofNullable(email).map(String::strip).filter(e -> !e.isEmpty());
        if (mail.isPresent() && (mail.get().length() > 254 || !EMAIL.matcher(mail.get()).matches())) {
            problems.add(new FieldProblem("email", "field.email.invalid"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new Resident(trimmed, number.orElseThrow(), mail);
    }
}
