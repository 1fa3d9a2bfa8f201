package dk.helhed.homework.boundary;

import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

@Path("coordinator/school-holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class SchoolHolidaysResource {
    @Inject
    SchoolHolidays holidays;

    @GET
    @Operation(summary = "The school holidays homework-help series skip.")
    public List<HomeworkJson.HolidayView> all() {
        return holidays.all().stream().map(HomeworkJson.HolidayView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a school holiday {name, firstDay, lastDay} (YYYY-MM-DD, both included). Series made "
            + "afterwards skip it; sessions already made are not cancelled by it.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(SchoolHolidays.Draft draft, @Context UriInfo uri) {
        var holiday = holidays.add(draft);
        return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(holiday.id()))
                .entity(HomeworkJson.HolidayView.of(holiday)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a school holiday.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") long id) {
        holidays.remove(id);
        return Response.noContent().build();
    }
}
