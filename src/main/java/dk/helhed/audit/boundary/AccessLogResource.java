package dk.helhed.audit.boundary;

import dk.helhed.people.entity.Role;
import dk.helhed.time.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

/** Admins search the access log: who looked at or changed what, and the security events. Their search is logged. */
@Path("admin/access-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AccessLogResource {
    @Inject
    AccessLog log;

    @Inject
    TimeSource time;

    @Context
    HttpServletRequest request;

    /** One entry as the API shows it; {@code at} in UTC. */
    public record Entry(String at, String actor, String action, String subject, String address) {
    }

    @GET
    @Transactional
    @Operation(summary = "The access log, newest first (at most 500): filter by actor (e-mail), action (e.g. "
            + "SIGNIN_FAILED, VIEW_PARTICIPANTS), subject (e.g. account:x@y.dk, appointment:H-…) and days "
            + "from/to (YYYY-MM-DD, Copenhagen, both included; default the last 7 days).")
    public List<Entry> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                              @QueryParam("subject") String subject, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        var days = AccessLogSearch.days(from, to, LocalDate.ofInstant(time.now(), time.zone()), "from", "to");
        log.record(request.getUserPrincipal().getName(), "VIEW_ACCESS_LOG", "access-log");
        return log.search(new AccessLog.Search(actor, action, subject, days.from(time.zone()),
                        days.until(time.zone()))).stream()
                .map(e -> new Entry(e.at().toString(), e.actor(), e.action(), e.subject(),
                        e.address() == null ? "" : e.address())).toList();
    }
}
