package dk.helhed.people.entity;

import java.util.Locale;
import java.util.Optional;

/** What a homework-help tutor helps with. */
public enum Subject {
    MATHS, DANISH, ENGLISH;

    /** The subject named (any case), or empty for a blank; a name that is no subject is empty too. */
    public static Optional<Subject> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The text key of its name, e.g. {@code subject.maths}. */
    public String textKey() {
        return "subject." + name().toLowerCase(Locale.ROOT);
    }
}
