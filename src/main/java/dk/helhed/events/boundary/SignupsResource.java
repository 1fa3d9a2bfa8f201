package dk.helhed.events.boundary;

import dk.helhed.events.entity.Signup;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.RequestLanguage;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A resident's sign-up, reached by the token from the sign-up's answer or from an offer's link. Reading never
 * changes anything; every change is a POST.
 */
@Path("events/signups/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignupsResource {
    @Inject
    SignUps signUps;

    @Inject
    SignupChanges changes;

    @Inject
    TimeSource time;

    @Inject
    RequestLanguage language;

    @Context
    HttpServletRequest request;

    @PathParam("token")
    String token;

    @GET
    @Operation(summary = "See a sign-up: its status, position in line, and the event. Reading never changes anything.")
    public EventJson.SignupView view() {
        return view(signUps.byToken(token));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the phone with the code from the SMS: a HELD place becomes CONFIRMED (confirmation "
            + "and an evening-before reminder are sent); a WAITLISTED sign-up keeps its turn (and is told its "
            + "position), or takes a place that has come free. 5 tries per code; a code lives 10 minutes.")
    public EventJson.SignupView verify(EventJson.CodeRequest body) {
        useLanguageOfSignup();
        return view(signUps.verify(token, body == null ? null : body.code()));
    }

    @POST
    @Path("resend-code")
    @Operation(summary = "Send a new code for a sign-up still waiting for one (after a cooldown; a few per hour).")
    public EventJson.SignupView resendCode() {
        useLanguageOfSignup();
        return view(signUps.resendCode(token));
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Leave the event (a place or the waitlist), up to its start. A place given up is offered to "
            + "the first verified person in line; messages not yet sent are cancelled.")
    public EventJson.SignupView cancel() {
        useLanguageOfSignup();
        return view(changes.cancel(token));
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept the place offered from the waitlist, before offerUntil: the sign-up is CONFIRMED.")
    public EventJson.SignupView accept() {
        useLanguageOfSignup();
        return view(changes.accept(token));
    }

    @POST
    @Path("decline")
    @Operation(summary = "Decline the place offered from the waitlist; it goes to the next in line.")
    public EventJson.SignupView decline() {
        useLanguageOfSignup();
        return view(changes.decline(token));
    }

    /** Answers speak the resident's language, unless the request asks for another. */
    private void useLanguageOfSignup() {
        if (request.getHeader("Accept-Language") == null) {
            try {
                language.use(signUps.byToken(token).contact().language());
            } catch (Refusal unknown) {
                // the answer will be "not found", in the request's language
            }
        }
    }

    private EventJson.SignupView view(Signup signup) {
        return EventJson.SignupView.of(signup, signUps.position(signup), time.zone(), null);
    }
}
