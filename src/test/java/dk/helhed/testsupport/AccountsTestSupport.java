package dk.helhed.testsupport;

import dk.helhed.people.entity.Account;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Role;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.signin.control.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Seeding and looking inside for the accounts tests: organisations, verified people, an account's state. */
@Path("test-support/people")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsTestSupport {
    @PersistenceContext
    EntityManager em;
    @Inject
    Passwords passwords;
    @Inject
    AdjustableTimeSource clock;

    /** A fresh partner organisation: {code, name}. */
    @POST
    @Path("organisations")
    @Transactional
    public JsonObject organisation() {
        String code = "it-org-" + UUID.randomUUID().toString().substring(0, 8);
        var plan = em.createQuery("select p from SocialPlan p where p.code = 'it'", SocialPlan.class)
                .getResultStream().findFirst().orElseGet(() -> {
                    var made = new SocialPlan("it", "Testplanen");
                    em.persist(made);
                    return made;
                });
        var org = new Organisation(plan, code, "Jobcenter " + code);
        em.persist(org);
        return Json.createObjectBuilder().add("code", code).add("name", org.name()).build();
    }

    /** A person with an active account in {@code role} (VOLUNTEER or PARTNER), a phone, and the given password. */
    @POST
    @Path("accounts")
    @Transactional
    public JsonObject person(@QueryParam("email") String email, @QueryParam("password") String password,
                             @QueryParam("role") String role, @QueryParam("phone") String phone) {
        var person = new Person("Person " + email, new PhoneNumber(phone), email, null);
        person.updateProfile(person.name(), new PhoneNumber(phone), email, false, List.of(), List.of());
        em.persist(person);
        var account = Account.unverified(email, person.name(), passwords.hash(password), person, Role.valueOf(role),
                "da", clock.now());
        account.activate();
        em.persist(account);
        return Json.createObjectBuilder().add("email", email).build();
    }

    /** What is stored about an account: whether it may sign in, its roles, its person's organisation. */
    @GET
    @Path("accounts/{email}")
    @Transactional
    public JsonObject account(@PathParam("email") String email) {
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getSingleResult();
        var roles = Json.createArrayBuilder();
        account.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        var person = account.person();
        return Json.createObjectBuilder().add("active", account.active()).add("roles", roles)
                .add("hashIterations", Integer.parseInt(account.passwordHash().split(":")[1]))
                .add("organisation", person == null || person.organisation() == null ? ""
                        : person.organisation().code())
                .add("hasPerson", person != null).build();
    }

    @Inject
    Pbkdf2PasswordHash hash;

    /** The account's password hashed as Helhed did before (210,000 iterations), to see it upgraded at sign-in. */
    @POST
    @Path("accounts/{email}/old-hash")
    @Transactional
    public JsonObject oldHash(@PathParam("email") String email, @QueryParam("password") String password) {
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getSingleResult();
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        account.rehash(hash.generate(password.toCharArray()));
        return Json.createObjectBuilder().add("email", email).build();
    }
}
