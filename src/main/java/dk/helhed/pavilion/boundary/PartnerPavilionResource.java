package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.pavilion.entity.SwapStatus;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/** Partner staff's pavilion blocks: their own organisation's only. */
@Path("partner/pavilion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnerPavilionResource {
    @Inject
    PavilionStaff staff;
    @Inject
    TimeSource time;
    @Context
    HttpServletRequest request;

    @GET
    @Path("blocks")
    @Operation(summary = "My organisation's pavilion blocks in the next weeks, with the names of the colleagues who "
            + "took each (no phone numbers or e-mail addresses) and whether I did.")
    public List<PartnerJson.BlockView> blocks() {
        return staff.blocks(me()).stream().map(b -> PartnerJson.BlockView.of(b, time.zone())).toList();
    }

    @GET
    @Path("colleagues")
    @Operation(summary = "The other partner staff of my organisation, whom I may offer a swap.")
    public List<PartnerJson.Colleague> colleagues() {
        return staff.colleagues(me()).stream().map(p -> new PartnerJson.Colleague(p.id(), p.name())).toList();
    }

    @POST
    @Path("shifts/{id}/take")
    @Operation(summary = "Take a place on one of my organisation's blocks.")
    @APIResponse(responseCode = "200", description = "Taken")
    @APIResponse(responseCode = "403", description = "Another organisation's block (shift.other-organisation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Full, begun, or I am busy then",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PartnerJson.Taken take(@PathParam("id") long id) {
        return PartnerJson.Taken.of(staff.take(me(), id));
    }

    @POST
    @Path("shifts/{id}/give-up")
    @Operation(summary = "Give up my place on a block, at least the cut-off (24 hours by default) before it starts.")
    @APIResponse(responseCode = "403", description = "Another organisation's block",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not mine, or too late", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PartnerJson.Taken giveUp(@PathParam("id") long id) {
        return PartnerJson.Taken.of(staff.giveUp(me(), id));
    }

    @GET
    @Path("swaps")
    @Operation(summary = "Swap proposals waiting: those to me (forMe) and mine to colleagues.")
    public List<PartnerJson.SwapView> swaps() {
        long me = staff.signedIn(me()).id();
        return staff.swaps(me()).stream().map(s -> PartnerJson.SwapView.of(s, me, time.zone())).toList();
    }

    @POST
    @Path("swaps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer my block (shiftId) to a colleague of my organisation (colleagueId): to hand it over, "
            + "or in exchange for one of theirs (wantedShiftId). The colleague is told by e-mail (and SMS if agreed).")
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "403", description = "A colleague of another organisation, or another organisation's "
            + "block", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response propose(PartnerJson.SwapRequest body) {
        if (body == null || body.shiftId() == null || body.colleagueId() == null) {
            throw Refusal.invalid(body == null || body.shiftId() == null ? "shiftId" : "colleagueId",
                    "field.swap.missing");
        }
        var swap = staff.propose(me(), body.shiftId(), body.colleagueId(), body.wantedShiftId());
        return Response.status(201).entity(new PartnerJson.Answer(swap.id(), swap.status().name())).build();
    }

    @POST
    @Path("swaps/{id}/accept")
    @Operation(summary = "Accept a swap offered to me: both blocks change hands at once, or, if either has changed "
            + "hands since it was offered, nothing does and the proposal is stale (409 swap.stale).")
    @APIResponse(responseCode = "409", description = "Stale, already answered, or someone would be in two places",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PartnerJson.Answer accept(@PathParam("id") long id) {
        var status = staff.accept(me(), id);
        if (status == SwapStatus.STALE) {
            throw Refusal.conflict("swap.stale");
        }
        return new PartnerJson.Answer(id, status.name());
    }

    @POST
    @Path("swaps/{id}/decline")
    @Operation(summary = "Decline a swap offered to me; the colleague is told.")
    public PartnerJson.Answer decline(@PathParam("id") long id) {
        return new PartnerJson.Answer(id, staff.decline(me(), id).name());
    }

    private String me() {
        return request.getUserPrincipal().getName();
    }
}
