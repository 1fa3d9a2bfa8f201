package dk.helhed.messaging.control;

import com.twilio.security.RequestValidator;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a webhook request was signed by Twilio, with the SDK's {@link RequestValidator}: HMAC-SHA1 with the
 * account's auth token over the URL Twilio called plus the form parameters sorted by name. The URL is rebuilt from
 * the configured public callback URL and the request's own query string, never from the request's Host header
 * (behind a proxy that is not what Twilio called, and a client chooses it). Because the query is part of the signed
 * URL, the outbox row that {@link #callbackFor} names in it cannot be changed by anyone without the token.
 */
public class TwilioSignature {
    /** The query parameter that names the outbox row in an SMS's own callback URL. */
    public static final String ROW = "m";
    private static final Pattern ROW_PARAMETER = Pattern.compile("(?:^|&)" + ROW + "=(\\d{1,18})(?:&|$)");

    private final RequestValidator validator;
    private final URI publicUrl;

    /** {@code publicUrl}: the status callback URL as configured (what Twilio was given, before the row is added). */
    public TwilioSignature(String authToken, URI publicUrl) {
        this.validator = new RequestValidator(authToken);
        this.publicUrl = publicUrl;
    }

    /** True when {@code signature} (X-Twilio-Signature) signs these parameters for the URL with this query. */
    public boolean valid(String rawQuery, Map<String, String> form, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return validator.validate(calledUrl(rawQuery), form, signature.strip());
    }

    /** The URL Twilio called: the configured one, with the query the request came with in place of its own. */
    String calledUrl(String rawQuery) {
        String base = publicUrl.toString();
        int query = base.indexOf('?');
        if (query >= 0) {
            base = base.substring(0, query);
        }
        return rawQuery == null || rawQuery.isEmpty() ? base : base + "?" + rawQuery;
    }

    /** The status callback URL of one SMS: the configured one plus the outbox row's id. */
    public static String callbackFor(URI configured, long row) {
        String url = configured.toString();
        int fragment = url.indexOf('#');
        String tail = fragment >= 0 ? url.substring(fragment) : "";
        String head = fragment >= 0 ? url.substring(0, fragment) : url;
        String separator = head.indexOf('?') < 0 ? "?" : head.endsWith("?") || head.endsWith("&") ? "" : "&";
        return head + separator + ROW + "=" + row + tail;
    }

    /** The outbox row named in a (signed) query string, if any. */
    public static Optional<Long> row(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        var matcher = ROW_PARAMETER.matcher(rawQuery);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
