package dk.helhed.web;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.List;

/** RFC 9457 problem details, the one shape of every error answer, written in the person's language. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSON = JsonbBuilder.create();

    public record FieldError(String field, String message) {
    }

    public static Response of(Refusal refusal, Language language) {
        int status = switch (refusal.kind()) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case TOO_MANY -> 429;
            case FORBIDDEN -> 403;
        };
        var errors = refusal.fields().stream()
                .map(f -> new FieldError(f.field(), Texts.text(language, f.key(), f.args()))).toList();
        return respond(new Problem("urn:helhed:problem:" + refusal.key(), Texts.text(language, "status." + status),
                status, Texts.text(language, refusal.key(), refusal.args()), errors));
    }

    public static Response of(int status, String key, Language language) {
        return respond(of(status, key, language, List.of()));
    }

    /** Answers with the problem outside JAX-RS (a filter, the container's own errors, the sign-in mechanism). */
    public static void write(HttpServletResponse response, int status, String key, Language language)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, key, language));
    }

    /** The problem as JSON, for an answer written outside JAX-RS (the container's own errors). */
    public static String json(int status, String key, Language language) {
        return JSON.toJson(of(status, key, language, List.of()));
    }

    private static Problem of(int status, String key, Language language, List<FieldError> errors) {
        return new Problem("urn:helhed:problem:" + key, Texts.text(language, "status." + status), status,
                Texts.text(language, key), errors);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(JSON.toJson(problem)).build();
    }
}
