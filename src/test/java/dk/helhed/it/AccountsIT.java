package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts over REST: volunteers sign up and verify their e-mail from the mail's link, passwords are reset by
 * e-mail, coordinators invite partner staff, everyone edits only their own profile; and who may see what
 * (volunteers see neither other people's phones nor residents' bookings). Mails are read from a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {
    private static final Pattern VERIFY = Pattern.compile("https://helhed\\.test/verify-email\\?t=([A-Za-z0-9_-]{22})");
    private static final Pattern RESET = Pattern.compile("https://helhed\\.test/reset-password\\?t=([A-Za-z0-9_-]{22})");
    private static final Pattern INVITE = Pattern.compile("https://helhed\\.test/invitation\\?t=([A-Za-z0-9_-]{22})");
    private static final String PASSWORD = "a long volunteer passphrase";
    private static FakeSmtp smtp;

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeAll
    static void servers() {
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
    }

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    @Test
    void aVolunteerSignsUpConfirmsTheLinkFromTheMailAndThenSignsIn() throws Exception {
        String email = newEmail();
        String phone = Api.newPhone();

        var reply = api.post("api/v1/volunteers", signUp("Amira Haddad", email, PASSWORD)
                .add("phone", phone.substring(3)).add("smsConsent", true)
                .add("languages", Json.createArrayBuilder().add("ar").add("DA"))
                .add("subjects", Json.createArrayBuilder().add("maths")).add("language", "en").build().toString());

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().getString("status")).isEqualTo("CHECK_YOUR_EMAIL");
        assertThat(profile(email, PASSWORD).status()).as("not verified yet").isEqualTo(401);
        var mail = awaitMail(email, 1);
        assertThat(mail.subject()).isEqualTo("Confirm your e-mail for Helhed");
        assertThat(mail.body()).startsWith("Hello Amira Haddad");
        String token = token(VERIFY, mail.body());

        assertThat(api.get("verify-email?t=" + token).status()).isEqualTo(200);
        assertThat(profile(email, PASSWORD).status()).as("opening the link changes nothing").isEqualTo(401);
        var confirmed = api.post("api/v1/volunteers/verification", "{\"token\":\"" + token + "\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().getBoolean("active")).isTrue();
        assertThat(confirmed.json().getJsonArray("roles").getString(0)).isEqualTo("VOLUNTEER");

        var mine = profile(email, PASSWORD);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().getString("name")).isEqualTo("Amira Haddad");
        assertThat(mine.json().getString("email")).isEqualTo(email);
        assertThat(mine.json().getString("phone")).isEqualTo(phone);
        assertThat(mine.json().getBoolean("smsConsent")).isTrue();
        assertThat(strings(mine.json(), "languages")).containsExactly("ar", "da");
        assertThat(strings(mine.json(), "subjects")).containsExactly("MATHS");

        var again = api.post("api/v1/volunteers/verification", "{\"token\":\"" + token + "\"}",
                "Accept-Language", "en");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("This link has already been used. Ask for a new one if you need it.");
    }

    @Test
    void aVerificationLinkExpiresAndANewOneCanBeAskedFor() throws Exception {
        String email = newEmail();
        assertThat(api.post("api/v1/volunteers", signUp("Jonas Berg", email, PASSWORD).build().toString()).status())
                .isEqualTo(202);
        String first = token(VERIFY, awaitMail(email, 1).body());

        api.clock(Instant.now().plus(Duration.ofHours(49)));
        var expired = api.post("api/v1/volunteers/verification", "{\"token\":\"" + first + "\"}");
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Linket er udløbet. Bed om et nyt.");

        assertThat(api.post("api/v1/volunteers/verification-mail", "{\"email\":\"" + email + "\"}").status())
                .isEqualTo(202);
        String second = token(VERIFY, awaitMail(email, 2).body());
        assertThat(api.post("api/v1/volunteers/verification", "{\"token\":\"" + second + "\"}").status())
                .isEqualTo(200);
        api.realClock();
        assertThat(profile(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void signingUpWithAnEmailThatHasAnAccountAnswersTheSameAndMailsTheOwnerAResetLink() throws Exception {
        String owner = seeded("VOLUNTEER");
        String stranger = newEmail();

        var known = api.post("api/v1/volunteers", signUp("Someone", owner, "another passphrase").build().toString());
        var unknown = api.post("api/v1/volunteers", signUp("Someone", stranger, "another passphrase").build()
                .toString());

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());
        var mail = awaitMail(owner, 1);
        assertThat(mail.subject()).isEqualTo("Du har allerede en konto hos Helhed");
        assertThat(profile(owner, "another passphrase").status()).as("the password did not change").isEqualTo(401);
        assertThat(profile(owner, Api.STAFF_PASSWORD).status()).isEqualTo(200);

        String token = token(RESET, mail.body());
        assertThat(api.post("api/v1/password-resets/confirm", reset(token, "my new passphrase")).status())
                .isEqualTo(200);
        assertThat(profile(owner, "my new passphrase").status()).isEqualTo(200);
    }

    @Test
    void aPasswordIsResetOnceByTheNewestLinkAndTheAnswerNeverTellsWhetherTheAddressExists() throws Exception {
        String email = seeded("VOLUNTEER");

        var known = api.post("api/v1/password-resets", "{\"email\":\"" + email.toUpperCase() + "\"}");
        var unknown = api.post("api/v1/password-resets", "{\"email\":\"" + newEmail() + "\"}");
        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());
        String older = token(RESET, awaitMail(email, 1).body());
        assertThat(api.post("api/v1/password-resets", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String newest = token(RESET, awaitMail(email, 2).body());

        assertThat(fields(api.post("api/v1/password-resets/confirm", reset(older, "my new passphrase"))))
                .as("a newer link retires the older").containsExactly("token");
        var tooShort = api.post("api/v1/password-resets/confirm", reset(newest, "short"), "Accept-Language", "en");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("The password must be at least 10 characters.");
        assertThat(api.post("api/v1/password-resets/confirm", reset(newest, "my new passphrase")).status())
                .isEqualTo(200);
        assertThat(fields(api.post("api/v1/password-resets/confirm", reset(newest, "yet another one"))))
                .as("single use").containsExactly("token");

        assertThat(profile(email, Api.STAFF_PASSWORD).status()).isEqualTo(401);
        assertThat(profile(email, "my new passphrase").status()).isEqualTo(200);
    }

    @Test
    void aResetLinkLivesAnHourAndActivatesNothing() throws Exception {
        String email = newEmail();
        assertThat(api.post("api/v1/volunteers", signUp("Not Verified", email, PASSWORD).build().toString())
                .status()).isEqualTo(202);
        awaitMail(email, 1);
        assertThat(api.post("api/v1/password-resets", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String token = token(RESET, awaitMail(email, 2).body());

        assertThat(api.post("api/v1/password-resets/confirm", reset(token, "my new passphrase")).status())
                .isEqualTo(200);
        assertThat(account(email).getBoolean("active")).as("a reset verifies nothing").isFalse();
        assertThat(profile(email, "my new passphrase").status()).isEqualTo(401);

        assertThat(api.post("api/v1/password-resets", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String late = token(RESET, awaitMail(email, 3).body());
        api.clock(Instant.now().plus(Duration.ofMinutes(61)));
        var expired = api.post("api/v1/password-resets/confirm", reset(late, "a third passphrase"));
        assertThat(expired.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Linket er udløbet. Bed om et nyt.");
    }

    @Test
    void aLinkUsedTwiceAtTheSameMomentWorksOnce() throws Exception {
        String email = seeded("VOLUNTEER");
        assertThat(api.post("api/v1/password-resets", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        String token = token(RESET, awaitMail(email, 1).body());
        String coordinator = api.newStaff("COORDINATOR", null);
        var org = api.post("api/v1/test-support/people/organisations", null).json();
        String invitee = newEmail();
        assertThat(api.post("api/v1/coordinator/invitations", Json.createObjectBuilder().add("name", "Lars")
                .add("email", invitee).add("organisation", org.getString("code")).build().toString(),
                Api.as(coordinator)).status()).isEqualTo(201);
        String invitation = token(INVITE, awaitMail(invitee, 1).body());

        var resets = twice(() -> api.post("api/v1/password-resets/confirm", reset(token, "my new passphrase"))
                .status());
        var accepts = twice(() -> api.post("api/v1/invitations/" + invitation + "/accept",
                "{\"password\":\"" + PASSWORD + "\"}").status());

        assertThat(resets).containsExactlyInAnyOrder(200, 400);
        assertThat(accepts).containsExactlyInAnyOrder(201, 400);
    }

    @Test
    void aCoordinatorInvitesPartnerStaffWhoSetAPasswordAndSignInAsPartners() throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        var org = api.post("api/v1/test-support/people/organisations", null).json();
        String email = newEmail();
        String phone = Api.newPhone();

        var invited = api.post("api/v1/coordinator/invitations", Json.createObjectBuilder().add("name", "Lars Jensen")
                .add("email", email).add("organisation", org.getString("code")).build().toString(),
                Api.as(coordinator));

        assertThat(invited.status()).isEqualTo(201);
        long looked = api.get("api/v1/test-support/access-log?subject=invitations").json().getInt("entries");
        assertThat(api.get("api/v1/coordinator/invitations", Api.as(coordinator)).array())
                .extracting(i -> i.asJsonObject().getString("email")).contains(email);
        assertThat(api.get("api/v1/test-support/access-log?subject=invitations").json().getInt("entries"))
                .as("the look at invitees' names and addresses is logged").isEqualTo(looked + 1);
        var mail = awaitMail(email, 1);
        assertThat(mail.subject()).isEqualTo("Invitation til Helhed");
        assertThat(mail.body()).contains("Hej Lars Jensen", org.getString("name"));
        String token = token(INVITE, mail.body());
        var shown = api.get("api/v1/invitations/" + token);
        assertThat(shown.json().getString("organisation")).isEqualTo(org.getString("code"));

        var weak = api.post("api/v1/invitations/" + token + "/accept", "{\"password\":\"short\"}");
        assertThat(fields(weak)).containsExactly("password");
        var accepted = api.post("api/v1/invitations/" + token + "/accept", Json.createObjectBuilder()
                .add("password", PASSWORD).add("phone", phone).add("smsConsent", true).build().toString());
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(strings(accepted.json(), "roles")).containsExactly("PARTNER");
        assertThat(account(email).getString("organisation")).isEqualTo(org.getString("code"));

        var mine = profile(email, PASSWORD);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().getString("organisation")).isEqualTo(org.getString("code"));
        assertThat(mine.json().getString("phone")).isEqualTo(phone);
        assertThat(fields(api.post("api/v1/invitations/" + token + "/accept", "{\"password\":\"" + PASSWORD + "\"}")))
                .as("used once").containsExactly("token");
        assertThat(api.get("api/v1/coordinator/invitations", Api.as(coordinator)).array())
                .extracting(i -> i.asJsonObject().getString("email")).doesNotContain(email);
    }

    @Test
    void invitationsAreRefusedForUnknownOrganisationsAndTakenAddressesInDanishAndEnglish() {
        String coordinator = api.newStaff("COORDINATOR", null);
        String taken = seeded("VOLUNTEER");
        String body = Json.createObjectBuilder().add("name", "Lars").add("email", taken)
                .add("organisation", "no-such-organisation").build().toString();

        var danish = api.post("api/v1/coordinator/invitations", body, Api.as(coordinator)[0],
                Api.as(coordinator)[1], "Accept-Language", "da");
        var english = api.post("api/v1/coordinator/invitations", body, Api.as(coordinator)[0],
                Api.as(coordinator)[1], "Accept-Language", "en");

        assertThat(danish.status()).isEqualTo(english.status()).isEqualTo(400);
        assertThat(messages(danish)).containsExactly("Ukendt organisation.",
                "Denne e-mailadresse har allerede en konto.");
        assertThat(messages(english)).containsExactly("Unknown organisation.",
                "This e-mail address already has an account.");
        assertThat(api.post("api/v1/coordinator/invitations", body, Api.basic(seeded("VOLUNTEER"),
                Api.STAFF_PASSWORD)).status()).as("volunteers do not invite").isEqualTo(403);
    }

    @Test
    void badInputIsA400WithFieldErrorsInDanishAndEnglishNeverA500() {
        var danish = api.post("api/v1/volunteers", "{}", "Accept-Language", "da");
        var english = api.post("api/v1/volunteers", "{}", "Accept-Language", "en");

        assertThat(danish.status()).isEqualTo(400);
        assertThat(danish.contentType()).startsWith("application/problem+json");
        assertThat(fields(danish)).containsExactly("name", "email", "password");
        assertThat(messages(danish)).containsExactly("Skriv dit navn.", "Skriv din e-mailadresse.",
                "Vælg en adgangskode.");
        assertThat(messages(english)).containsExactly("Please enter your name.", "Please enter your e-mail address.",
                "Please choose a password.");

        var everythingWrong = api.post("api/v1/volunteers", Json.createObjectBuilder().add("name", "X")
                .add("email", "not-an-address").add("password", "123").add("phone", "12")
                .add("smsConsent", true).add("languages", Json.createArrayBuilder().add("klingon"))
                .add("subjects", Json.createArrayBuilder().add("CHEMISTRY")).build().toString());
        assertThat(fields(everythingWrong)).containsExactly("phone", "languages", "subjects", "email", "password");
        var noPhone = api.post("api/v1/volunteers", signUp("Jonas", newEmail(), PASSWORD).add("smsConsent", true)
                .build().toString(), "Accept-Language", "en");
        assertThat(messages(noPhone)).containsExactly("Enter a phone number to receive SMS.");
        assertThat(api.post("api/v1/volunteers", "{\"name\": [1,").status()).isEqualTo(400);
        assertThat(api.post("api/v1/volunteers", null).status()).isEqualTo(400);
        assertThat(api.post("api/v1/volunteers", signUp("Jonas", newEmail(), PASSWORD).add("language", "xx")
                .build().toString()).status()).isEqualTo(400);
        assertThat(fields(api.post("api/v1/password-resets", "{\"email\":\"nope\"}"))).containsExactly("email");
        assertThat(api.post("api/v1/password-resets/confirm", null).status()).isEqualTo(400);
        assertThat(fields(api.post("api/v1/password-resets/confirm", "{}"))).containsExactly("token");
        assertThat(fields(api.post("api/v1/volunteers/verification", "{\"token\":\"guessed\"}")))
                .containsExactly("token");
        assertThat(api.get("api/v1/invitations/guessed").status()).isEqualTo(400);

        String volunteer = seeded("VOLUNTEER");
        var badProfile = put("api/v1/account/profile", "{\"name\":\"\",\"phone\":\"12\"}", volunteer,
                Api.STAFF_PASSWORD, "en");
        assertThat(badProfile.status()).isEqualTo(400);
        assertThat(badProfile.body()).contains("Please enter your name.").contains("\"field\":\"phone\"");
    }

    @Test
    void aVolunteerEditsTheirOwnProfileButNotTheirEmailAndChangesTheirPassword() {
        String volunteer = seeded("VOLUNTEER");
        String phone = Api.newPhone();

        var saved = put("api/v1/account/profile", Json.createObjectBuilder().add("name", "Amira H.")
                .add("phone", phone).add("smsConsent", true).add("email", "other@example.dk")
                .add("languages", Json.createArrayBuilder().add("so").add("da"))
                .add("subjects", Json.createArrayBuilder().add("DANISH").add("MATHS")).build().toString(),
                volunteer, Api.STAFF_PASSWORD, "da");

        assertThat(saved.status()).isEqualTo(200);
        var mine = profile(volunteer, Api.STAFF_PASSWORD).json();
        assertThat(mine.getString("name")).isEqualTo("Amira H.");
        assertThat(mine.getString("email")).isEqualTo(volunteer);
        assertThat(mine.getString("phone")).isEqualTo(phone);
        assertThat(strings(mine, "languages")).containsExactly("da", "so");
        assertThat(strings(mine, "subjects")).containsExactly("MATHS", "DANISH");

        var wrong = api.post("api/v1/account/password", "{\"currentPassword\":\"not it at all\",\"password\":\""
                + PASSWORD + "\"}", Api.as(volunteer));
        assertThat(fields(wrong)).containsExactly("currentPassword");
        assertThat(api.post("api/v1/account/password", "{\"currentPassword\":\"" + Api.STAFF_PASSWORD
                + "\",\"password\":\"" + PASSWORD + "\"}", Api.as(volunteer)).status()).isEqualTo(204);
        assertThat(profile(volunteer, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void twoSavesOfOneProfileAtOnceBothAnswerAndTheLastOneStands() throws Exception {
        String volunteer = seeded("VOLUNTEER");
        String phone = profile(volunteer, Api.STAFF_PASSWORD).json().getString("phone");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var start = new java.util.concurrent.CountDownLatch(1);
                var saves = List.of("ar", "so").stream().map(language -> pool.submit(() -> {
                    start.await();
                    return put("api/v1/account/profile", Json.createObjectBuilder().add("name", "Amira")
                            .add("phone", phone).add("smsConsent", true)
                            .add("languages", Json.createArrayBuilder().add(language).add("da"))
                            .add("subjects", Json.createArrayBuilder().add("MATHS")).build().toString(),
                            volunteer, Api.STAFF_PASSWORD, "da");
                })).toList();
                start.countDown();
                for (var save : saves) {
                    var reply = save.get();
                    assertThat(reply.status()).as("round " + round + ": " + reply.body()).isEqualTo(200);
                }
                assertThat(Set.copyOf(strings(profile(volunteer, Api.STAFF_PASSWORD).json(), "languages")))
                        .as("one of the two, whole").isIn(Set.of("ar", "da"), Set.of("so", "da"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aVolunteerSeesNeitherOtherPeoplesPhonesNorResidentsBookings() {
        String volunteer = seeded("VOLUNTEER");
        String other = seeded("VOLUNTEER");
        String coordinator = api.newStaff("COORDINATOR", null);
        String othersPhone = profile(other, Api.STAFF_PASSWORD).json().getString("phone");
        String[] asVolunteer = Api.as(volunteer);

        assertThat(api.get("api/v1/coordinator/volunteers", asVolunteer).status()).isEqualTo(403);
        assertThat(api.get("api/v1/staff/day", asVolunteer).status()).isEqualTo(403);
        assertThat(api.post("api/v1/staff/appointments", "{}", asVolunteer).status()).isEqualTo(403);
        assertThat(api.post("api/v1/staff/appointments/A-AAAAAAAA/attendance", "{}", asVolunteer).status())
                .isEqualTo(403);
        assertThat(api.get("api/v1/coordinator/events/1/participants", asVolunteer).status()).isEqualTo(403);
        assertThat(api.get("api/v1/coordinator/invitations", asVolunteer).status()).isEqualTo(403);

        var own = api.get("api/v1/account/profile?email=" + other, asVolunteer);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().getString("email")).isEqualTo(volunteer);
        assertThat(own.body()).doesNotContain(othersPhone, other);

        var list = api.get("api/v1/coordinator/volunteers", Api.as(coordinator));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.array()).extracting(v -> v.asJsonObject().getString("email")).contains(volunteer, other);
        assertThat(list.body()).contains(othersPhone);
    }

    @Test
    void aPartnerCannotReadAnotherPersonsProfile() {
        String partner = seeded("PARTNER");
        String volunteer = seeded("VOLUNTEER");
        String volunteersPhone = profile(volunteer, Api.STAFF_PASSWORD).json().getString("phone");

        var own = api.get("api/v1/account/profile", Api.as(partner));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().getString("email")).isEqualTo(partner);
        assertThat(own.body()).doesNotContain(volunteersPhone);
        assertThat(api.get("api/v1/coordinator/volunteers", Api.as(partner)).status()).isEqualTo(403);
        assertThat(api.get("api/v1/staff/day", Api.as(partner)).status()).isEqualTo(403);
    }

    @Test
    void aVolunteersFailedSignInsHitTheRateLimit() {
        String volunteer = seeded("VOLUNTEER");
        for (int i = 0; i < 10; i++) {
            assertThat(profile(volunteer, "wrong password " + i).status()).isEqualTo(401);
        }

        var blocked = profile(volunteer, Api.STAFF_PASSWORD);

        assertThat(blocked.status()).as("even the right password, for a while").isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theEndpointsAreInTheOpenApiDescription() {
        String openapi = api.get("/openapi").body();
        assertThat(openapi).contains("api/v1/volunteers:", "api/v1/volunteers/verification:",
                "api/v1/password-resets:", "api/v1/password-resets/confirm:", "api/v1/invitations/{token}:",
                "api/v1/coordinator/invitations:", "api/v1/coordinator/volunteers:", "api/v1/account/profile:",
                "api/v1/account/password:");
    }

    // helpers

    /** Runs a call from two threads at once and gives both answers. */
    private static List<Integer> twice(java.util.concurrent.Callable<Integer> call) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> gated = () -> {
                start.await();
                return call.call();
            };
            var first = pool.submit(gated);
            var second = pool.submit(gated);
            start.countDown();
            return List.of(first.get(90, java.util.concurrent.TimeUnit.SECONDS),
                    second.get(90, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static jakarta.json.JsonObjectBuilder signUp(String name, String email, String password) {
        return Json.createObjectBuilder().add("name", name).add("email", email).add("password", password);
    }

    private static String reset(String token, String password) {
        return Json.createObjectBuilder().add("token", token).add("password", password).build().toString();
    }

    private Api.Reply profile(String email, String password) {
        return api.get("api/v1/account/profile", Api.basic(email, password));
    }

    /** A verified person with a phone, made through test support; the password is {@link Api#STAFF_PASSWORD}. */
    private String seeded(String role) {
        String email = newEmail();
        var made = api.post("api/v1/test-support/people/accounts?email=" + email + "&password=" + Api.STAFF_PASSWORD
                + "&role=" + role + "&phone=" + Api.newPhone().replace("+", "%2B"), null);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        return email;
    }

    private JsonObject account(String email) {
        return api.get("api/v1/test-support/people/accounts/" + email).json();
    }

    private static String newEmail() {
        return "volunteer-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
    }

    private FakeSmtp.Mail awaitMail(String email, int count) throws InterruptedException {
        var mails = awaitMails(email, count);
        return mails.get(count - 1);
    }

    private List<FakeSmtp.Mail> awaitMails(String email, int count) throws InterruptedException {
        api.dispatch();
        var mails = smtp.awaitMailsTo(email, count);
        assertThat(mails).as("mails to " + email).hasSize(count);
        return mails;
    }

    private static String token(Pattern link, String body) {
        Matcher m = link.matcher(body);
        assertThat(m.find()).as("a link in: " + body).isTrue();
        return m.group(1);
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> fields(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static List<String> messages(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("message")).toList();
    }

    private Api.Reply put(String path, String json, String email, String password, String language) {
        String[] auth = Api.basic(email, password);
        return api.put(path, json, auth[0], auth[1], "Accept-Language", language);
    }

    static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
