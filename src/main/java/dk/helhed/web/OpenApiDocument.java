package dk.helhed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The API's OpenAPI document with the media type a YAML reader expects ({@code application/yaml}), or as JSON.
 * Payara Micro builds the document and serves it at {@code /openapi}, but sends YAML as {@code text/plain} (its
 * OpenApiApplication fixes that type) and answers {@code Accept: application/yaml} with 406; this passes the same
 * document on, typed.
 */
@Path("openapi")
@ApplicationScoped
public class OpenApiDocument {
    static final String YAML = "application/yaml";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @GET
    @Operation(hidden = true)
    public Response document(@Context HttpServletRequest request, @Context HttpHeaders headers,
                             @QueryParam("format") String format) throws IOException, InterruptedException {
        boolean json = format == null || format.isBlank()
                ? headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !t.isWildcardType())
                : "json".equalsIgnoreCase(format.strip());
        String host = request.getLocalAddr().contains(":") ? "[" + request.getLocalAddr() + "]" : request.getLocalAddr();
        var answer = CLIENT.send(HttpRequest.newBuilder(URI.create(request.getScheme() + "://" + host + ":"
                        + request.getLocalPort() + "/openapi" + (json ? "?format=JSON" : "")))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new jakarta.ws.rs.ServiceUnavailableException();
        }
        return Response.ok(answer.body(), json ? MediaType.APPLICATION_JSON + ";charset=UTF-8" : YAML + ";charset=UTF-8")
                .build();
    }
}
