package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
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

/**
 * Volunteers sign up and verify their e-mail (public). The answer to a sign-up never tells whether the e-mail
 * already had an account.
 */
@Path("volunteers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource {
    @Inject
    ClientAddress clientAddress;

    @Inject
    Registrations registrations;

    @Inject
    RequestLanguage language;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "A volunteer signs up: {name, email, password (at least 10 characters), phone?, smsConsent?, "
            + "languages? (ISO 639-1), subjects? (MATHS, DANISH, ENGLISH), places? (place codes where you can help), "
            + "language? (da, en, ar, so, tr or ur: of the mails)}. "
            + "Answers 202 and mails a verification link (48 hours); the account cannot sign in until the e-mail is "
            + "verified. An e-mail that already has an account gets the same answer, and its owner a mail with a "
            + "password-reset link. At most 10 sign-ups per address (IP) an hour.")
    public Response signUp(AccountJson.SignUpRequest body) {
        var b = body == null ? new AccountJson.SignUpRequest(null, null, null, null, null, null, null, null, null) : body;
        Language lang = b.language() == null || b.language().isBlank() ? language.get()
                : Language.fromTag(b.language()).orElseThrow(() ->
                Refusal.invalid("language", "field.language.unknown"));
        registrations.signUp(new Registrations.SignUp(b.name(), b.email(), b.password(), b.phone(), b.smsConsent(),
                b.languages(), b.subjects(), b.places(), lang, clientAddress.current()));
        return AccountJson.accepted(language.get(), "page.join.done");
    }

    @POST
    @Path("verification")
    @Operation(summary = "Confirms the e-mail with {token} from the verification link: the account may sign in.")
    public AccountJson.AccountView verify(AccountJson.TokenRequest body) {
        return AccountJson.AccountView.of(registrations.confirm(body == null ? null : body.token()));
    }

    @POST
    @Path("verification-mail")
    @Operation(summary = "Sends the verification link again to {email}, if it belongs to an account not yet "
            + "verified. Always 202.")
    public Response resendVerification(AccountJson.EmailRequest body) {
        registrations.resend(body == null ? null : body.email(), clientAddress.current());
        return AccountJson.accepted(language.get(), "page.verify-email.resent");
    }
}
