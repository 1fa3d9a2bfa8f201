package dk.helhed.privacy.boundary;

import dk.helhed.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A volunteer's own data: downloaded, and their account deleted. */
@Path("account/data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OwnDataResource {
    @Inject
    DataSubjects subjects;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** The password, given again. */
    public record Deletion(String password) {
    }

    @GET
    @Operation(summary = "Everything held about the signed-in person (profile, shifts, messages, access-log entries), "
            + "as a JSON attachment. Logged.")
    public Response mine() {
        return Response.ok(subjects.mine(request.getUserPrincipal().getName()))
                .header("Content-Disposition", "attachment; filename=\"helhed-my-data.json\"").build();
    }

    @POST
    @Path("deletion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A volunteer deletes their account: {password}. Future shifts are open again (the "
            + "coordinators are told), name, phone, e-mail and profile erased, the session ended. 204. A wrong "
            + "password is a 400 on password and counts as a failed sign-in; a staff account gets 409.")
    public Response delete(Deletion body) {
        subjects.deleteMine(request.getUserPrincipal().getName(), body == null ? null : body.password(),
                clientAddress.current());
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
