package dk.helhed.pavilion.boundary;

import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

    @GET
    @Operation(summary = "Every pavilion block, by weekday and time.")
    public List<BlockView> all() {
        return blocks.all().stream().map(b -> BlockView.of(b, null)).toList();
    }
}
