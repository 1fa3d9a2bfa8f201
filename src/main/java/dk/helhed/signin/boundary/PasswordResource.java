package dk.helhed.signin.boundary;

import dk.helhed.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person changes their own password. */
@Path("account/password")
@RequestScoped
public class PasswordResource {
    @Inject
    ClientAddress clientAddress;

    @Inject
    PasswordChanges changes;

    @Context
    HttpServletRequest request;

    @Schema(name = "PasswordChange")
    public record Change(String currentPassword, String password) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the signed-in person's password: {currentPassword, password}. 204. A wrong current "
            + "password is a 400 on currentPassword and counts as a failed sign-in.")
    public Response change(Change body) {
        var b = body == null ? new Change(null, null) : body;
        int sessions = changes.change(request.getUserPrincipal().getName(), b.currentPassword(), b.password(),
                clientAddress.current());
        SessionLifetime.renew(request.getSession(false), sessions);
        return Response.noContent().build();
    }
}
