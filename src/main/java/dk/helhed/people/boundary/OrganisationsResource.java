package dk.helhed.people.boundary;

import dk.helhed.people.entity.Role;
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

/** The plan's partner organisations, as {@code /coordinator/organisations} keeps them. */
@Path("coordinator/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class OrganisationsResource {
    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "Every partner organisation with what it helps with, retired ones last.")
    public List<Organisations.View> all() {
        return organisations.every();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a partner organisation {name, helpsWith (optional: shown on \"who is at the "
            + "pavilion\")}. Its code is made from its name. 404 before the plan is set up.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(Organisations.Draft draft, @Context UriInfo uri) {
        var organisation = organisations.add(draft);
        return Response.created(uri.getAbsolutePathBuilder().path("{code}").build(organisation.code())).entity(organisation)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renames an organisation or changes what it helps with {name, helpsWith}; its code stays.")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Organisations.View edit(@PathParam("code") String code, Organisations.Draft draft) {
        return organisations.edit(code, draft);
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Removes an organisation: deleted when nothing refers to it (staff, blocks, shifts, "
            + "invitations), else retired (kept, no longer offered). Answers {removed: DELETED or RETIRED}.")
    @APIResponse(responseCode = "404", description = "No such organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public JsonObject remove(@PathParam("code") String code) {
        return Json.createObjectBuilder().add("removed", organisations.remove(code).name()).build();
    }
}
