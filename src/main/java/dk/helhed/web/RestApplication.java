package dk.helhed.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Helhed", version = "1",
        description = "Bookings and reminders for a boligsocial helhedsplan. Errors are RFC 9457 problem details "
                + "(application/problem+json) in the language of Accept-Language (da, en or ar)."))
public class RestApplication extends Application {
}
