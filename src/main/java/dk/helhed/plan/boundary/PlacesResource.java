package dk.helhed.plan.boundary;

import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The plan's places, as {@code /coordinator/places} keeps them. */
@Path("coordinator/places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class PlacesResource {
    @Inject
    Plan plan;

    @GET
    @Operation(summary = "Every place with its address, retired ones last.")
    public List<Plan.PlaceView> all() {
        return plan.everyPlace();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a place {name, street, postcode, town}: a Danish postcode of four digits, a street "
            + "without a comma. Its code is made from its name. 404 before the plan is set up.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(Plan.PlaceDraft draft, @Context UriInfo uri) {
        var place = plan.addPlace(draft);
        return Response.created(uri.getAbsolutePathBuilder().path("{code}").build(place.code())).entity(place)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames or moves a place {name, street, postcode, town}; its code (and its links) stay.")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such place", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Plan.PlaceView edit(@PathParam("code") String code, Plan.PlaceDraft draft) {
        return plan.editPlace(code, draft);
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Removes a place: deleted when nothing refers to it, else retired (kept for what refers to "
            + "it, no longer offered). Answers {removed: DELETED or RETIRED}.")
    @APIResponse(responseCode = "404", description = "No such place", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public JsonObject remove(@PathParam("code") String code) {
        return Json.createObjectBuilder().add("removed", plan.removePlace(code).name()).build();
    }
}
