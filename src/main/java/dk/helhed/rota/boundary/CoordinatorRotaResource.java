package dk.helhed.rota.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.rota.control.Weeks;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.nio.charset.StandardCharsets;
import java.util.List;

@Path("coordinator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class CoordinatorRotaResource {
    @Inject
    Rota rota;
    @Inject
    HelpCalls helpCalls;
    @Inject
    TimeSource time;
    @Inject
    AccessLog log;

    @GET
    @Path("rota")
    @Operation(summary = "The pavilion's week (ISO week, e.g. 2027-W02; default this week): days, blocks, and per "
            + "organisation who is there (name, phone, e-mail) or a gap with the number missing.")
    @APIResponse(responseCode = "400", description = "Not a week", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RotaJson.Week week(@QueryParam("week") String week) {
        var shown = rota.week(week);
        log.viewed("VIEW_ROTA", "rota:" + Weeks.name(shown.monday()));
        return RotaJson.Week.of(shown, time.zone());
    }

    @GET
    @Path("rota.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The same week as CSV for Excel: UTF-8 with a byte-order mark, semicolon-separated, one row "
            + "per block and organisation.")
    public Response csv(@QueryParam("week") String week) {
        var w = rota.week(week);
        log.viewed("EXPORT_ROTA", "rota:" + Weeks.name(w.monday()));
        return Response.ok(rota.csv(w).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rota-"
                        + Weeks.name(w.monday()) + ".csv\"").build();
    }

    @GET
    @Path("gaps")
    @Operation(summary = "Every shift still missing people in the next weeks (default 4, at most 12): pavilion "
            + "blocks and homework help alike (kind), soonest first.")
    public List<RotaJson.Cell> gaps(@QueryParam("weeks") @DefaultValue("4") int weeks) {
        return rota.gaps(weeks).stream().map(e -> RotaJson.Cell.of(e, time.zone())).toList();
    }

    @POST
    @Path("shifts/{id}/call-for-help")
    @Operation(summary = "Ask everyone who could fill this gap, by e-mail and (if they agreed) SMS, with a link to "
            + "the page where they can take it; each person once per shift. Answers how many were asked now.")
    @APIResponse(responseCode = "409", description = "The shift is filled, cancelled or has begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RotaJson.Asked callForHelp(@PathParam("id") long id) {
        return new RotaJson.Asked(id, helpCalls.call(id));
    }
}
