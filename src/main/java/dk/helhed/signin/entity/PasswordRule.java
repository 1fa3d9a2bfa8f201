package dk.helhed.signin.entity;

import dk.helhed.i18n.Refusal.FieldProblem;

import java.util.List;

/**
 * What a new password must be: long enough to resist guessing at the sign-in limits (a passphrase of a few words
 * is easiest to remember), and no longer than PBKDF2 sensibly hashes. No rules on kinds of characters.
 */
public final class PasswordRule {
    public static final int MIN = 10;
    public static final int MAX = 128;

    private PasswordRule() {
    }

    /** Adds the problem with {@code password} on {@code field}, if there is one; true when the password is fine. */
    public static boolean check(String field, String password, List<FieldProblem> problems) {
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
            return true;
        }
        return false;
    }
}
