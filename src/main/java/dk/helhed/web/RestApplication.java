package dk.helhed.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Helhed", version = "1",
        description = "Bookings and reminders for a boligsocial helhedsplan. Errors are RFC 9457 problem details "
                + "(application/problem+json) in the language of Accept-Language (da, en, ar, so, tr or ur; "
                + "staff-only answers are in da, en or ar, else Danish)."))
public class RestApplication extends Application {
    /**
     * {@code @RolesAllowed} on resources is enforced by Jersey's feature (403 when the role is missing). No WADL:
     * the API is described at /openapi, and /application.wadl would list every path to anyone who asks.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true);
    }
}
