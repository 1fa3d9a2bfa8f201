package dk.helhed.messaging.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.messaging.control.SmsStatusCallbacks;
import dk.helhed.messaging.control.TwilioSignature;
import dk.helhed.time.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's status callbacks for our SMS (public: Twilio signs them instead). Each SMS was sent with its own callback
 * URL, the configured one plus {@code ?m=<outbox id>}, so a callback finds its row even when the send got no answer.
 * A request not signed by Twilio for exactly that URL is refused with 403 and changes nothing. Every signed callback
 * is answered 204, also one for a message we do not know, a replay or a late status: the answer only tells Twilio
 * that it need not try again, and there is nothing it could do better.
 */
@Path("twilio/status")
@ApplicationScoped
public class TwilioStatusResource {
    @Inject
    @ConfigProperty(name = "helhed.twilio.auth-token")
    Optional<String> authToken;
    @Inject
    @ConfigProperty(name = "helhed.twilio.status-callback-url")
    Optional<URI> callbackUrl;
    @Inject
    SmsStatusCallbacks callbacks;
    @Inject
    TimeSource time;

    private TwilioSignature signature;

    @PostConstruct
    void configure() {
        if (authToken.isPresent() && !authToken.get().isBlank() && callbackUrl.isPresent()) {
            signature = new TwilioSignature(authToken.get(), callbackUrl.get());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Twilio's status callback for an SMS (signed by Twilio with X-Twilio-Signature)")
    public Response status(@HeaderParam("X-Twilio-Signature") String signed, MultivaluedMap<String, String> form,
                           @Context UriInfo uri) {
        if (signature == null) {
            throw Refusal.notFound("twilio.status.off");
        }
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        String query = uri.getRequestUri().getRawQuery();
        if (!signature.valid(query, params, signed)) {
            throw Refusal.forbidden("twilio.status.unsigned");
        }
        String sid = params.get("MessageSid");
        String status = params.get("MessageStatus");
        if (sid == null || sid.isBlank()) {
            throw Refusal.invalid("MessageSid", "twilio.status.missing");
        }
        if (status == null || status.isBlank()) {
            throw Refusal.invalid("MessageStatus", "twilio.status.missing");
        }
        callbacks.apply(new SmsStatusCallbacks.Callback(TwilioSignature.row(query).orElse(null), sid.strip(),
                status, params.get("ErrorCode")), time.now());
        return Response.noContent().build();
    }
}
