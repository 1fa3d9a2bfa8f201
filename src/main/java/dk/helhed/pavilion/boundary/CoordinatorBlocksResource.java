package dk.helhed.pavilion.boundary;

import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

@Path("coordinator/pavilion-blocks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class CoordinatorBlocksResource {
    @Inject
    PavilionBlocks blocks;

    public record NeedView(String organisation, String name, int people) {
    }

    @Schema(name = "PavilionBlockView")
    public record BlockView(long id, String place, String weekday, String start, String end, String validFrom,
                            String validUntil, List<NeedView> needs, Integer shiftsMade) {
        static BlockView of(PavilionBlock b, Integer made) {
            return new BlockView(b.id(), b.place().code(), b.dayOfWeek().name(), b.startsAt().toString(),
                    b.endsAt().toString(), b.validFrom().toString(),
                    b.validUntil() == null ? null : b.validUntil().toString(),
                    b.needs().stream().map(n -> new NeedView(n.organisation().code(), n.organisation().name(),
                            n.people())).toList(), made);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a pavilion block: place code, weekday (MONDAY…SUNDAY), local start and end (HH:mm, "
            + "kept across daylight-saving changes), validFrom (default today) and validUntil (optional, YYYY-MM-DD), "
            + "and needs: [{organisation: code, people: 1}]. Its shifts for the next weeks are made at once, public "
            + "holidays and closed days left out; an hourly job keeps them coming.")
    @APIResponse(responseCode = "201", description = "Created, with the number of shifts made")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(PavilionBlocks.Draft draft) {
        var created = blocks.create(draft == null
                ? new PavilionBlocks.Draft(null, null, null, null, null, null, null) : draft);
        return Response.status(201).entity(BlockView.of(created.block(), created.shifts())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a block from now on: validUntil (its last day, YYYY-MM-DD; empty for no end) and "
            + "needs ([{organisation: code, people: 1}], the whole list). Its coming shifts follow: those after the "
            + "last day, or of an organisation left out, are withdrawn and anyone on them is released and told; the "
            + "others need the new number of people. The times stay: a block at other times is a new block.")
    @APIResponse(responseCode = "200", description = "Changed, with shiftsMade (new shifts)")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such block", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "More people already hold a coming shift than the new number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BlockView change(@PathParam("id") long id, PavilionBlocks.Change change) {
        var changed = blocks.change(id, change == null ? new PavilionBlocks.Change(null, null) : change);
        return BlockView.of(changed.block(), changed.made());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a block and its shifts, when nobody ever held one of them or was asked to.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such block", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Someone has held one of its shifts: give it a last day instead",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response remove(@PathParam("id") long id) {
        blocks.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Every pavilion block, by weekday and time.")
    public List<BlockView> all() {
        return blocks.all().stream().map(b -> BlockView.of(b, null)).toList();
    }
}
