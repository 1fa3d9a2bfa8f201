package dk.helhed.i18n;

import java.util.List;

/**
 * A request the rules refuse, for a reason the person can be told in their own language. Carries text keys, not
 * texts: the boundary that answers the person translates them.
 */
public class Refusal extends RuntimeException {
    public enum Kind { INVALID, CONFLICT, NOT_FOUND, TOO_MANY, FORBIDDEN }

    /** One field's problem: which field, and the key of the text that explains it. */
    public record FieldProblem(String field, String key, Object... args) {
    }

    private final Kind kind;
    private final String key;
    private final transient List<FieldProblem> fields;
    private final transient Object[] args;

    public Refusal(Kind kind, String key, List<FieldProblem> fields, Object... args) {
        super(key + (fields.isEmpty() ? "" : " " + fields.stream().map(FieldProblem::key).toList()));
        this.kind = kind;
        this.key = key;
        this.fields = List.copyOf(fields);
        this.args = args;
    }

    public static Refusal invalid(List<FieldProblem> fields) {
        return new Refusal(Kind.INVALID, "problem.invalid", fields);
    }

    public static Refusal invalid(String field, String key, Object... args) {
        return invalid(List.of(new FieldProblem(field, key, args)));
    }

    public static Refusal conflict(String key, Object... args) {
        return new Refusal(Kind.CONFLICT, key, List.of(), args);
    }

    /** Too many requests: the detail text gets {@code args} (e.g. seconds to wait). */
    public static Refusal tooMany(String key, Object... args) {
        return new Refusal(Kind.TOO_MANY, key, List.of(), args);
    }

    /** Signed in, but this is not theirs to see or change (another organisation's block, someone else's shift). */
    public static Refusal forbidden(String key, Object... args) {
        return new Refusal(Kind.FORBIDDEN, key, List.of(), args);
    }

    public static Refusal notFound(String key) {
        return new Refusal(Kind.NOT_FOUND, key, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
