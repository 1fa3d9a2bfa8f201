package dk.helhed.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Anyone signed in with a person (volunteers, partner staff) sees and edits their own profile, and only theirs. */
@Path("account/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    @Inject
    Profiles profiles;

    @Context
    SecurityContext caller;

    @GET
    @Operation(summary = "The signed-in person's own profile: name, e-mail (read-only), phone, SMS consent, "
            + "languages spoken, subjects, organisation. 404 for an account without a person.")
    public ProfileJson.ProfileView mine() {
        return ProfileJson.ProfileView.of(profiles.mine(caller.getUserPrincipal().getName()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the profile with {name, phone?, smsConsent?, languages? (ISO 639-1), subjects? "
            + "(MATHS, DANISH, ENGLISH), places? (place codes where you can help; left out: unchanged)}. SMS consent "
            + "needs a phone. The e-mail cannot be changed.")
    public ProfileJson.ProfileView update(ProfileJson.ProfileUpdate body) {
        var b = body == null ? new ProfileJson.ProfileUpdate(null, null, null, null, null, null) : body;
        return ProfileJson.ProfileView.of(profiles.update(caller.getUserPrincipal().getName(), b.name(), b.phone(),
                b.smsConsent(), b.languages(), b.subjects(), b.places()));
    }
}
