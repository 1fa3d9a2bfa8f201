package dk.helhed.signin.boundary;

import dk.helhed.web.ClientAddress;
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
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The signed-in person's second factor and API tokens, as on {@code /account/second-factor}. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecondFactorResource {
    @Inject
    SecondFactors factors;

    @Inject
    ClientAddress clientAddress;

    @Context
    SecurityContext caller;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    /** The password again, the secret offered, and the app's first code for it. */
    public record Confirmation(String password, String secret, String code) {
    }

    /** The password, given again. */
    public record Removal(String password) {
    }

    /** A name to tell a token by, and the password again. */
    public record TokenRequest(String name, String password) {
    }

    /** Recovery codes, shown this once. */
    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    @GET
    @Path("second-factor")
    @Operation(summary = "The second factor: enrolled, since when, recovery codes left, whether the roles require "
            + "one, and the API tokens (name, made, last used).")
    public SecondFactors.Status status() {
        return factors.status(me());
    }

    @POST
    @Path("second-factor/offer")
    @Operation(summary = "A new TOTP secret to enrol: {secret, uri (otpauth://), qrSvg}. Nothing changes until it is "
            + "confirmed.")
    public SecondFactors.Offer offer() {
        return factors.offer(me());
    }

    @POST
    @Path("second-factor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrols {password, secret, code}: the password again, the offered secret (32 base32 "
            + "characters) and the app's code for it. Answers ten recovery codes, shown this once. A wrong password or "
            + "code is a 400 on its field; 409 when a second factor is already there (remove it first).")
    public RecoveryCodes enrol(Confirmation body) {
        var b = body == null ? new Confirmation(null, null, null) : body;
        return new RecoveryCodes(factors.confirm(me(), b.password(), b.secret(), b.code(), clientAddress.current()));
    }

    @POST
    @Path("second-factor/recovery-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ten new recovery codes, {password} given again; the old ones stop working.")
    public RecoveryCodes renew(Removal body) {
        return new RecoveryCodes(factors.renewRecoveryCodes(me(), body == null ? null : body.password(),
                clientAddress.current()));
    }

    @POST
    @Path("second-factor/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Removes the second factor: {password}. 409 where the roles require one. 204.")
    public Response remove(Removal body) {
        factors.remove(me(), body == null ? null : body.password(), clientAddress.current());
        return Response.noContent().build();
    }

    @POST
    @Path("api-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes an API token for programs: {name, password} (the password again). Answers {id, name, "
            + "token}; the token is shown this once. Programs send it as Authorization: Bearer <token> (an account "
            + "with a second factor cannot use HTTP Basic).")
    public SecondFactors.NewToken token(TokenRequest body) {
        var b = body == null ? new TokenRequest(null, null) : body;
        return factors.newToken(me(), b.password(), b.name(), clientAddress.current());
    }

    @DELETE
    @Path("api-tokens/{id}")
    @Operation(summary = "Revokes one of the signed-in person's API tokens, and ends the account's other sessions (a "
            + "program's session begun with the token ends with it). 204; 404 for one that is not theirs.")
    public Response revoke(@PathParam("id") long id) {
        SessionLifetime.renew(request.getSession(false), factors.revokeToken(me(), id));
        return Response.noContent().build();
    }

    private String me() {
        return caller.getUserPrincipal().getName();
    }
}
