package dk.helhed.testsupport;

import dk.helhed.people.entity.Account;
import dk.helhed.signin.boundary.SecondFactors;
import dk.helhed.signin.control.Totp;
import dk.helhed.storage.Sealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/**
 * The tests' authenticator app and their programs' keys: the code an account's app would show now (a step not yet
 * used, so two sign-ins in one half-minute both work), and an API token for an account, as its owner would make one
 * on the sign-in security page.
 */
@Path("test-support")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecondFactorTestSupport {
    @PersistenceContext
    EntityManager em;

    @Inject
    Sealing sealing;

    @Inject
    AdjustableTimeSource clock;

    @Inject
    SecondFactors factors;

    /** {code}: valid now and later than the last step used; 409 while the next unused step is still to come. */
    @GET
    @Path("second-factor/code")
    @Transactional
    public JsonObject code(@QueryParam("email") String email) {
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email",
                Account.normalise(email)).getSingleResult();
        String secret = sealing.open(account.secondFactorSecret()).orElseThrow();
        var at = clock.now();
        long now = Totp.step(at);
        // the previous step's code only while it stays valid long enough to be typed: it is accepted one step back,
        // so late in a step it would be refused by the time the form arrives
        boolean lateInStep = Math.floorMod(at.getEpochSecond(), 30L) >= 20;
        long step = Math.max(lateInStep ? now : now - 1, account.lastCodeStep() + 1);
        if (step > now + 1) {
            throw new WebApplicationException(409);
        }
        return Json.createObjectBuilder().add("code", Totp.code(secret, step)).build();
    }

    /** {token}: a new API token for the account. */
    @POST
    @Path("api-tokens")
    @Transactional
    public JsonObject token(@QueryParam("email") String email) {
        return Json.createObjectBuilder().add("token", factors.newToken(email, "tests").token()).build();
    }
}
