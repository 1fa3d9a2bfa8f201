package dk.helhed.signin.boundary;

import dk.helhed.web.ClientAddress;
import dk.helhed.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A forgotten password (public): ask for a link by e-mail, then set a new password with its token. */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {
    @Inject
    ClientAddress clientAddress;

    @Inject
    PasswordResets resets;

    @Inject
    RequestLanguage language;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Asks for a password-reset link to {email}; always 202, whether or not it has an account. "
            + "The link works once, for an hour. Rate-limited per address (IP) and per e-mail.")
    public Response ask(AccountJson.EmailRequest body) {
        resets.ask(body == null ? null : body.email(), clientAddress.current());
        return AccountJson.accepted(language.get(), "page.forgot-password.done");
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Sets a new password with {token, password}; this link and any older ones stop working. "
            + "It does not verify an e-mail or activate an account.")
    public AccountJson.AccountView reset(AccountJson.ResetRequest body) {
        var b = body == null ? new AccountJson.ResetRequest(null, null) : body;
        return AccountJson.AccountView.of(resets.reset(b.token(), b.password()));
    }
}
