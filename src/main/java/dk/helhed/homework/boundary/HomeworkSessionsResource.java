package dk.helhed.homework.boundary;

import dk.helhed.homework.entity.SessionMove;
import dk.helhed.time.TimeSource;
import dk.helhed.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("coordinator/homework-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("COORDINATOR")
public class HomeworkSessionsResource {
    @Inject
    HomeworkAdministration administration;
    @Inject
    TimeSource time;

    @GET
    @Path("{id}")
    @Operation(summary = "One session with its tutor shifts and seats left.")
    public HomeworkJson.SessionView one(@PathParam("id") long id) {
        return HomeworkJson.SessionView.of(administration.session(id), time.zone());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel one session that has not begun: its shifts are cancelled and their tutors released "
            + "and told (e-mail, and SMS if they accept it, in Danish); its event is cancelled, so every family "
            + "signed up is told by SMS (and e-mail where given).")
    @APIResponse(responseCode = "409", description = "Already cancelled or begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public HomeworkJson.SessionView cancel(@PathParam("id") long id) {
        administration.cancel(id);
        return one(id);
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move one session that has not begun to {date: YYYY-MM-DD, start: HH:mm, end: HH:mm} (local "
            + "time). Its shifts and event move; families and tutors are told. A tutor who holds another shift at "
            + "the new time is released from this one and told so.")
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already cancelled or begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public HomeworkJson.SessionView move(@PathParam("id") long id, SessionMove.Draft draft) {
        administration.move(id, draft);
        return one(id);
    }
}
