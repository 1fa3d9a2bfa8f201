package dk.helhed.messaging.control;

import com.twilio.security.RequestValidator;
import dk.helhed.it.TwilioSigner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignatureTest {
    private static final String TOKEN = "12345678901234567890123456789012";
    private static final URI CONFIGURED = URI.create("https://helhed.example/api/v1/twilio/status");
    private final TwilioSignature signature = new TwilioSignature(TOKEN, CONFIGURED);

    private static Map<String, String> delivered(String sid) {
        return Map.of("MessageSid", sid, "MessageStatus", "delivered", "AccountSid", "ACabc",
                "To", "+4521234567", "From", "Helhed", "ApiVersion", "2010-04-01");
    }

    @Test
    @DisplayName("the test signer signs as the SDK's RequestValidator checks, and as Twilio's documented example")
    void theTestSignerAgreesWithTheSdk() {
        String url = "https://helhed.example/api/v1/twilio/status?m=42";
        var params = delivered("SM1");
        String signed = TwilioSigner.sign(TOKEN, url, params);
        assertThat(new RequestValidator(TOKEN).validate(url, params, signed)).isTrue();
        assertThat(new RequestValidator(TOKEN).validate(url, params, TwilioSigner.sign("another", url, params)))
                .isFalse();
        // the worked example of Twilio's webhook security documentation (auth token 12345)
        var example = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675310", "Digits", "1234",
                "From", "+14158675310", "To", "+18005551212");
        assertThat(TwilioSigner.sign("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", example))
                .isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }

    @Test
    @DisplayName("a callback signed for the configured URL with its row is valid, whatever Host it came to")
    void signedForTheConfiguredUrlIsValid() {
        var params = delivered("SM1");
        String signed = TwilioSigner.sign(TOKEN, CONFIGURED + "?m=42", params);
        assertThat(signature.valid("m=42", params, signed)).isTrue();
    }

    @Test
    @DisplayName("forged, unsigned, signed for another URL or another row, or with a changed parameter: refused")
    void anythingElseIsRefused() {
        var params = delivered("SM1");
        String signed = TwilioSigner.sign(TOKEN, CONFIGURED + "?m=42", params);
        assertThat(signature.valid("m=42", params, null)).as("unsigned").isFalse();
        assertThat(signature.valid("m=42", params, "")).as("empty").isFalse();
        assertThat(signature.valid("m=42", params, TwilioSigner.sign("not-the-token", CONFIGURED + "?m=42", params)))
                .as("forged with another token").isFalse();
        assertThat(signature.valid("m=43", params, signed)).as("the row changed").isFalse();
        assertThat(signature.valid(null, params, signed)).as("the row dropped").isFalse();
        String elsewhere = TwilioSigner.sign(TOKEN, "https://evil.example/api/v1/twilio/status?m=42", params);
        assertThat(signature.valid("m=42", params, elsewhere)).as("signed for another host").isFalse();
        var changed = new HashMap<>(params);
        changed.put("MessageStatus", "failed");
        assertThat(signature.valid("m=42", changed, signed)).as("a parameter changed").isFalse();
        var added = new HashMap<>(params);
        added.put("ErrorCode", "30003");
        assertThat(signature.valid("m=42", added, signed)).as("a parameter added").isFalse();
    }

    @Test
    @DisplayName("each SMS gets its own callback URL naming its row, read back from the query")
    void callbackUrlsNameTheRow() {
        assertThat(TwilioSignature.callbackFor(CONFIGURED, 42))
                .isEqualTo("https://helhed.example/api/v1/twilio/status?m=42");
        assertThat(TwilioSignature.callbackFor(URI.create("https://h.example/s?k=v"), 7))
                .isEqualTo("https://h.example/s?k=v&m=7");
        assertThat(TwilioSignature.row("m=42")).contains(42L);
        assertThat(TwilioSignature.row("k=v&m=7")).contains(7L);
        assertThat(TwilioSignature.row("mm=7")).isEmpty();
        assertThat(TwilioSignature.row("m=x")).isEmpty();
        assertThat(TwilioSignature.row(null)).isEmpty();
    }

    @Test
    @DisplayName("a configured URL with a query of its own: the request's query replaces it, as Twilio called it")
    void configuredQueryIsKeptInTheSignedUrl() {
        var withQuery = new TwilioSignature(TOKEN, URI.create("https://h.example/s?k=v"));
        String url = TwilioSignature.callbackFor(URI.create("https://h.example/s?k=v"), 7);
        var params = delivered("SM2");
        assertThat(withQuery.valid("k=v&m=7", params, TwilioSigner.sign(TOKEN, url, params))).isTrue();
    }
}
