package dk.helhed.i18n;

import java.util.List;

/**
 * A request the rules refuse, for a reason the person can be told in their own language. Carries text keys, not
 * texts: the boundary that answers the person translates them.
 */
public class Refusal extends RuntimeException {
    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    /** One field's problem: which field, and the key of the text that explains it. */
    public record FieldProblem(String field, String key, Object... args) {
    }

    private final Kind kind;
    private final String key;
    private final transient List<FieldProblem> fields;

    public Refusal(Kind kind, String key, List<FieldProblem> fields) {
        super(key + (fields.isEmpty() ? "" : " " + fields.stream().map(FieldProblem::key).toList()));
        this.kind = kind;
        this.key = key;
        this.fields = List.copyOf(fields);
    }

    public static Refusal invalid(List<FieldProblem> fields) {
        return new Refusal(Kind.INVALID, "problem.invalid", fields);
    }

    public static Refusal invalid(String field, String key, Object... args) {
        return invalid(List.of(new FieldProblem(field, key, args)));
    }

    public static Refusal conflict(String key) {
        return new Refusal(Kind.CONFLICT, key, List.of());
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

    public List<FieldProblem> fields() {
        return fields;
    }
}
