package dk.helhed.shifts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A person's shifts as a calendar a phone subscribes to. Public, because phone calendars cannot sign in: the secret
 * in the address is the key. Reading it changes nothing.
 */
@Path("calendar")
@RequestScoped
public class CalendarResource {
    static final String TYPE = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeeds feeds;

    static String url(String publicBaseUrl, String token) {
        return publicBaseUrl + "/api/v1/calendar/" + token + ".ics";
    }

    @GET
    @Path("{token}.ics")
    @Operation(summary = "The shifts (all kinds) of the person whose secret this is, from 30 days back on, as "
            + "iCalendar: times in UTC, the place as LOCATION, a stable UID per shift (shift-<id>@helhed).")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "404", description = "No such calendar (or a link that was replaced)")
    public Response feed(@PathParam("token") String token) {
        return Response.ok(feeds.ics(token), TYPE).header("Cache-Control", "private, no-store")
                .header("Content-Disposition", "inline; filename=\"vagter.ics\"").build();
    }
}
