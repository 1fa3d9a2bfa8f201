package dk.helhed.signin.entity;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import dk.helhed.i18n.Refusal.FieldProblem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a new password must be: long enough, no longer than PBKDF2 sensibly hashes, and not easy to guess. Guessable
 * is zxcvbn's estimate (its lists of the most used passwords, words and names, keyboard rows, repeats, sequences and
 * dates, and the person's own name and e-mail): it must need at least 10^8 guesses (zxcvbn's score 3, "safely
 * unguessable" behind a slow hash and the sign-in limits). No rules on kinds of characters: a passphrase of a few
 * words is easiest to remember and passes. The refusal says why, in the person's language.
 */
public final class PasswordRule {
    public static final int MIN = 10;
    public static final int MAX = 128;
    private static final int ENOUGH = 3;
    private static final int MEASURED = 100;
    private static final Zxcvbn ESTIMATE = new Zxcvbn();
    private static final Set<Pattern> PATTERNS = Set.of(Pattern.Repeat, Pattern.Sequence, Pattern.Spatial,
            Pattern.Date, Pattern.Regex);

    private PasswordRule() {
    }

    /**
     * Adds the problem with {@code password} on {@code field}, if there is one; true when the password is fine.
     * {@code personal}: what the person is known by (name, e-mail), which their password should not be made of.
     */
    public static boolean check(String field, String password, List<FieldProblem> problems, String... personal) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length == 0) {
            problems.add(new FieldProblem(field, "field.password.empty"));
        } else if (length < MIN) {
            problems.add(new FieldProblem(field, "field.password.short", MIN));
        } else if (length > MAX) {
            problems.add(new FieldProblem(field, "field.password.long", MAX));
        } else if (password.isBlank()) {
            problems.add(new FieldProblem(field, "field.password.empty"));
        } else {
            // zxcvbn's time grows faster than the length: 100 characters are plenty to judge a password by
            Strength strength = ESTIMATE.measure(password.length() > MEASURED ? password.substring(0, MEASURED)
                    : password, words(personal));
            if (strength.getScore() >= ENOUGH && !mostlyPersonal(strength, length)) {
                return true;
            }
            problems.add(new FieldProblem(field, why(strength)));
        }
        return false;
    }

    /** The person's name in words, their e-mail and its part before the @, in lower case. */
    private static List<String> words(String... personal) {
        return Arrays.stream(personal).filter(Objects::nonNull).map(s -> s.toLowerCase(Locale.ROOT))
                .flatMap(s -> Stream.concat(Stream.of(s, s.split("@", 2)[0]), Arrays.stream(s.split("[\\s@._+-]+"))))
                .filter(s -> s.length() >= 3).distinct().toList();
    }

    /** Half of it or more is the person's name or address (zxcvbn alone lets "amirahaddad1" pass for Amira Haddad). */
    private static boolean mostlyPersonal(Strength strength, int length) {
        return strength.getSequence().stream().filter(PasswordRule::personal)
                .mapToInt(m -> Character.codePointCount(m.token, 0, m.token.length())).sum() * 2 >= length;
    }

    private static boolean personal(Match match) {
        return "user_inputs".equals(match.dictionaryName);
    }

    /** The text key of the main reason: their own name or e-mail, a common password, a pattern, or else words. */
    private static String why(Strength strength) {
        List<Match> matches = strength.getSequence();
        if (matches.stream().anyMatch(PasswordRule::personal)) {
            return "field.password.personal";
        }
        if (matches.stream().anyMatch(m -> "passwords".equals(m.dictionaryName) && m.token.length() >= 6)) {
            return "field.password.common";
        }
        if (matches.stream().anyMatch(m -> PATTERNS.contains(m.pattern))) {
            return "field.password.pattern";
        }
        return "field.password.guessable";
    }
}
