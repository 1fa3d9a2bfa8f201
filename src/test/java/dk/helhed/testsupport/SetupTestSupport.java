package dk.helhed.testsupport;

import dk.helhed.setup.boundary.Setup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/** The setup link a start logs, for the first start's tests: made and logged the same way, and handed back. */
@Path("test-support")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SetupTestSupport {
    @Inject
    Setup setup;

    /** {link}: a new setup link, as a start logs one; 409 once the plan is set up. */
    @POST
    @Path("setup-link")
    public JsonObject link() {
        return Json.createObjectBuilder().add("link", setup.announce().orElseThrow(() ->
                new WebApplicationException("the plan is set up", 409))).build();
    }
}
