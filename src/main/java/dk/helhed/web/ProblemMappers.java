package dk.helhed.web;

import dk.helhed.i18n.Refusal;
import dk.helhed.storage.DatabaseRefusals;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error leaves as a problem in the person's language. A refused request says why; a body that cannot be read
 * is a 400; only a fault of ours is a 500, and that is logged.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 406, 409, 415, 429, 503);

    private ProblemMappers() {
    }

    @Provider
    @ApplicationScoped
    public static class Refused implements ExceptionMapper<Refusal> {
        @Inject
        RequestLanguage language;

        @Override
        public Response toResponse(Refusal refusal) {
            return Problem.of(refusal, language.get());
        }
    }

    @Provider
    @ApplicationScoped
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Inject
        RequestLanguage language;

        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(400, "problem.unreadable", language.get());
        }
    }

    @Provider
    @ApplicationScoped
    public static class UnreadableJson implements ExceptionMapper<JsonException> {
        @Inject
        RequestLanguage language;

        @Override
        public Response toResponse(JsonException e) {
            return Problem.of(400, "problem.unreadable", language.get());
        }
    }

    @Provider
    @ApplicationScoped
    public static class Unprocessable implements ExceptionMapper<ProcessingException> {
        @Inject
        RequestLanguage language;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(400, "problem.unreadable", language.get());
        }
    }

    @Provider
    @ApplicationScoped
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Inject
        RequestLanguage language;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Request failed", e);
            }
            int shown = EXPLAINED.contains(status) ? status : status >= 500 ? 500 : 400;
            return Problem.of(shown, "problem." + shown, language.get());
        }
    }

    /** A commit that failed: ours instead of Jersey's own mapper, so a lost deadlock is a 503, not a 500. */
    @Provider
    @ApplicationScoped
    @Priority(1)
    public static class Commit implements ExceptionMapper<TransactionalException> {
        @Inject
        Fault fault;

        @Override
        public Response toResponse(TransactionalException e) {
            return fault.toResponse(e);
        }
    }

    @Provider
    @ApplicationScoped
    public static class Fault implements ExceptionMapper<Throwable> {
        @Inject
        RequestLanguage language;

        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof Refusal refusal) {
                    return Problem.of(refusal, language.get());
                }
                if (DatabaseRefusals.transientConflict(t)) {
                    LOG.log(Level.WARNING, "A transaction lost a database conflict; the client may retry", e);
                    return Response.fromResponse(Problem.of(503, "problem.503", language.get()))
                            .header("Retry-After", "1").build();
                }
            }
            LOG.log(Level.SEVERE, "Request failed", e);
            return Problem.of(500, "problem.500", language.get());
        }
    }
}
