package dk.helhed.appointments.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.entity.Role;
import dk.helhed.web.Problem;
import dk.helhed.web.Sheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** The coordinator's book of appointments, as {@code /coordinator/appointments} shows it, and its exports. */
@Path("coordinator/appointments")
@RequestScoped
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CoordinatorAppointmentsResource {
    @Inject
    AppointmentBook book;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Booked appointments from one day to another (from: today, to: six days later; at most 93 "
            + "days), at one place (its code) or with one adviser (id) if asked; or, with q, those whose reference "
            + "or resident's phone (written any way) it is (for a phone, POST …/search keeps it out of the address). "
            + "Logged as VIEW_APPOINTMENTS.")
    @APIResponse(responseCode = "400", description = "A bad day or range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<AppointmentBook.Entry> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("place") String place, @QueryParam("adviser") Long adviser,
                                            @QueryParam("q") String q) {
        return book.list(new AppointmentBook.Filter(from, to, place, adviser, q), caller());
    }

    /** What to search for: a reference, or a phone number written any way. */
    @Schema(name = "AppointmentSearch")
    public record Search(String q) {
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Booked appointments with this reference or resident's phone: {q}. The same as GET with q, "
            + "with the phone number in the body rather than in an address (history, proxies' logs). Logged as "
            + "VIEW_APPOINTMENTS.")
    public List<AppointmentBook.Entry> search(Search body) {
        String q = body == null || body.q() == null || body.q().isBlank() ? null : body.q();
        if (q == null) {
            throw Refusal.invalid("q", "field.appointments.search");
        }
        return book.list(new AppointmentBook.Filter(null, null, null, null, q), caller());
    }

    @GET
    @Path("export.csv")
    @Produces(Sheet.CSV)
    @Operation(summary = "The same list as a CSV file for Excel (UTF-8 with BOM, semicolons), in the language of "
            + "?lang= or Accept-Language (da or en). Logged as EXPORT_APPOINTMENTS.")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("place") String place, @QueryParam("adviser") Long adviser,
                        @QueryParam("q") String q) {
        return book.sheet(new AppointmentBook.Filter(from, to, place, adviser, q), caller(),
                Sheet.language(request)).csvDownload("aftaler");
    }

    @GET
    @Path("export.xlsx")
    @Produces(Sheet.XLSX)
    @Operation(summary = "The same list as a spreadsheet (.xlsx). Logged as EXPORT_APPOINTMENTS.")
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("place") String place, @QueryParam("adviser") Long adviser,
                         @QueryParam("q") String q) {
        return book.sheet(new AppointmentBook.Filter(from, to, place, adviser, q), caller(),
                Sheet.language(request)).xlsxDownload("aftaler");
    }

    private String caller() {
        return request.getUserPrincipal().getName();
    }
}
