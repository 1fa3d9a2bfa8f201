package dk.helhed.pavilion.boundary;

import dk.helhed.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Public: which organisations are at the pavilion, never who. */
@Path("pavilion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PavilionResource {
    @Inject
    WhoIsHere who;
    @Inject
    RequestLanguage language;

    @GET
    @Path("today")
    @Operation(summary = "Today's pavilion openings and the organisations there (those with staff on the block), "
            + "each with a line on what it helps with, in the language of Accept-Language (da, en, ar, so, tr, ur). No names.")
    public WhoIsHere.Day today() {
        return who.today(language.get());
    }

    @GET
    @Path("week")
    @Operation(summary = "The same for today and the six days after it, day by day.")
    public List<WhoIsHere.Day> week() {
        return who.week(language.get());
    }
}
