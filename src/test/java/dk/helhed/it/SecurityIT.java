package dk.helhed.it;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's probes, replayed: what every answer carries (headers, the session cookie), what the API refuses (a
 * cross-site change with a session, a form where JSON belongs, a body too large), what is not public (metrics, WADL,
 * the development inbox), passwords (common ones refused, old hashes upgraded, an unknown account as slow as a known
 * one) and sessions (a new password ends the others). The tests stand in for a reverse proxy (127.0.0.1 is a trusted
 * proxy here), so X-Forwarded-For gives each test addresses of its own for the sign-in limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
    private static final String ORIGIN = "https://helhed.test";
    private static final java.time.ZoneId KOEGE = java.time.ZoneId.of("Europe/Copenhagen");

    @ArquillianResource
    URL deployment;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.helhed();
    }

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    @Test
    void everyAnswerCarriesTheSafeHeadersAndTheSessionCookieItsAttributes() {
        var page = api.get("book?lang=da");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Strict-Transport-Security")).as("the public URL is https").startsWith("max-age=");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String cookie = page.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Secure");

        var json = api.get("api/v1/appointment-slots");
        assertThat(json.header("Cache-Control")).isEqualTo("no-store");
        assertThat(json.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var style = api.get("jakarta.faces.resource/css/helhed.css.xhtml");
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.header("Cache-Control")).as("the style sheet may be kept").isNotEqualTo("no-store");
    }

    /**
     * Signing in on the page gives a new session id (no fixation), and its cookie carries SameSite and Secure too:
     * found walking the sign-in in Chromium, the cookie set with the sign-in's redirect had lost them.
     */
    @Test
    void signingInOnThePageGivesANewSessionWhoseCookieHasItsAttributes() throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        var page = api.get("login?lang=da");
        String before = sessionCookie(page.raw().headers().allValues("Set-Cookie"));
        String html = page.body();
        var action = java.util.regex.Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(html);
        var state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(action.find()).as(html).isTrue();
        assertThat(state.find()).isTrue();
        String form = "login=login&login%3Aemail=" + java.net.URLEncoder.encode(coordinator, "UTF-8")
                + "&login%3Apassword=" + java.net.URLEncoder.encode(Api.STAFF_PASSWORD, "UTF-8")
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), "UTF-8");
        var signedIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployment.toString())
                        .resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", before.split(";")[0])
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        String second = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(second).as("a coordinator's second step").contains("/login-code");
        String pending = signedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))
                ? sessionCookie(signedIn.headers().allValues("Set-Cookie")).split(";")[0] : before.split(";")[0];

        // the code: then the session is signed in, under yet another id
        var codePage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployment.toString())
                .resolve(second)).header("Cookie", pending).GET().build(), HttpResponse.BodyHandlers.ofString());
        var codeAction = java.util.regex.Pattern.compile("<form id=\"second\"[^>]*action=\"([^\"]+)\"")
                .matcher(codePage.body());
        var codeState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(codePage.body());
        assertThat(codeAction.find()).as(codePage.body()).isTrue();
        assertThat(codeState.find()).isTrue();
        var withCode = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployment.toString())
                        .resolve(codeAction.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", pending)
                .POST(HttpRequest.BodyPublishers.ofString("second=second&second%3Acode=" + api.code(coordinator)
                        + "&second%3Asubmit=x&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(codeState.group(1), "UTF-8"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withCode.statusCode()).as(withCode.body()).isEqualTo(302);
        assertThat(withCode.headers().firstValue("Location").orElseThrow()).endsWith("/coordinator/rota");
        String after = sessionCookie(withCode.headers().allValues("Set-Cookie"));
        assertThat(after.split(";")[0]).as("a new session id").isNotEqualTo(before.split(";")[0])
                .isNotEqualTo(pending);
        assertThat(after).contains("HttpOnly", "SameSite=Lax", "Secure");

        // left unused, the page's session still ends when the password changes elsewhere
        var changed = api.post("api/v1/account/password", Json.createObjectBuilder()
                .add("currentPassword", Api.STAFF_PASSWORD).add("password", "a brand new passphrase").build()
                .toString(), Api.as(coordinator));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(api.get("api/v1/coordinator/rota", "Cookie", after.split(";")[0]).status()).isEqualTo(401);
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void aChangeMadeWithASessionIsObeyedOnlyFromHelhedsOwnPages() {
        String coordinator = api.newStaff("COORDINATOR", null);
        String session = session(coordinator, "api/v1/coordinator/rota");
        String release = "api/v1/coordinator/assignments/987654321/release";

        var crossSite = api.post(release, "x=1", "Cookie", session, "Origin", "https://evil.example",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.contentType()).startsWith("application/problem+json");
        assertThat(crossSite.json().getString("type")).isEqualTo("urn:helhed:problem:problem.cross-site");
        assertThat(api.post(release, null, "Cookie", session).status()).as("no Origin, no Referer").isEqualTo(403);
        assertThat(api.post(release, null, "Cookie", session, "Referer", "https://evil.example/helhed.test")
                .status()).isEqualTo(403);

        assertThat(api.post(release, null, "Cookie", session, "Origin", ORIGIN).status())
                .as("from Helhed's own origin the request goes on: the assignment does not exist").isEqualTo(404);
        assertThat(api.post(release, null, "Cookie", session, "Referer", ORIGIN + "/coordinator/rota").status())
                .isEqualTo(404);
        assertThat(api.post(release, null, Api.as(coordinator)).status())
                .as("a program's credentials, no Origin: no cross-site risk").isEqualTo(404);
        String[] basic = Api.as(coordinator);
        assertThat(api.post(release, null, basic[0], basic[1], "Origin", "https://evil.example").status())
                .as("a browser sends the Basic credentials it remembers to another site's form too").isEqualTo(403);
        assertThat(api.post(release, null, basic[0], basic[1], "Sec-Fetch-Site", "cross-site").status())
                .isEqualTo(403);
    }

    @Test
    void theApiTakesJsonOnlyAndNothingLargeAndTheServerSurvivesBigBodies() throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        var form = api.post("api/v1/appointments", "slotId=1&name=x", "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.contentType()).startsWith("application/problem+json");
        assertThat(api.post("api/v1/coordinator/assignments/987654321/release", "x", Api.as(coordinator)[0],
                Api.as(coordinator)[1], "Content-Type", "text/plain").status()).isEqualTo(415);

        // just over the limit (64 KiB): small enough that the client has sent it all when the answer comes
        String huge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        var tooLarge = api.post("api/v1/appointments", huge, "Accept-Language", "en");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.json().getString("detail")).isEqualTo("Too much was sent at once. Nothing was saved.");

        var bigForm = api.post("book", "name=" + "x".repeat(70_000), "Content-Type",
                "application/x-www-form-urlencoded", "Accept-Language", "da");
        assertThat(bigForm.status()).as("a form too large is refused on the error page, not a 500").isEqualTo(413);
        assertThat(bigForm.body()).contains("Der blev sendt for meget");

        // a body of unknown length (chunked) is not read at all
        var chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployment
                        + "api/v1/appointments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isIn(411, 413);

        // six parallel 20 MB bodies: refused before they are read, and the server still answers
        List<Thread> senders = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        byte[] twenty = new byte[20_000_000];
        for (int i = 0; i < 6; i++) {
            Thread sender = new Thread(() -> {
                try {
                    statuses.add(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployment
                                    + "api/v1/appointments")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(twenty)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (Exception closedWhileSending) {
                    statuses.add(-1);
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join(60_000);
        }
        assertThat(statuses).as("413, or the connection closed after it while the body was still being sent")
                .hasSize(6).containsAnyOf(413, -1).doesNotContain(200, 400, 500);
        assertThat(statuses.stream().allMatch(s -> s == 413 || s == -1)).isTrue();
        assertThat(api.get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void whatDescribesTheServerIsNotPublicAndAnAdminMayDoWhatACoordinatorMay() {
        String admin = api.newStaff("ADMIN", null);
        var metrics = api.get("/metrics", Api.as(admin));
        assertThat(metrics.status()).as("Payara's metrics are off (config/payara-postboot.asadmin)").isEqualTo(403);
        assertThat(metrics.body()).doesNotContain("jvm", "base_");
        assertThat(api.get("api/v1/application.wadl").status()).isEqualTo(404);
        assertThat(api.get("api/v1/dev/messages").status()).as("the development inbox is off").isEqualTo(404);

        assertThat(api.get("api/v1/coordinator/school-holidays", Api.as(admin)).status())
                .as("@RolesAllowed(COORDINATOR)").isEqualTo(200);
        assertThat(api.get("api/v1/coordinator/rota", Api.as(admin)).status()).isEqualTo(200);
    }

    @Test
    void commonPasswordsAreRefusedSayingWhyInThePersonsLanguage() {
        String email = "volunteer-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
        for (var language : List.of(List.of("da", "Den adgangskode er blandt de mest brugte"),
                List.of("en", "That password is among the most used ones"),
                List.of("ar", "كلمة المرور هذه من أكثر كلمات المرور استخدامًا"))) {
            var refused = api.post("api/v1/volunteers", Json.createObjectBuilder().add("name", "Amira Haddad")
                    .add("email", email).add("password", "password123").add("phone", Api.newPhone())
                    .add("smsConsent", true).add("languages", Json.createArrayBuilder().add("da"))
                    .add("subjects", Json.createArrayBuilder().add("maths")).add("language", language.get(0))
                    .build().toString(), "Accept-Language", language.get(0));
            assertThat(refused.status()).isEqualTo(400);
            var error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("password");
            assertThat(error.getString("message")).startsWith(language.get(1));
        }
        var ownName = api.post("api/v1/volunteers", Json.createObjectBuilder().add("name", "Amira Haddad")
                .add("email", email).add("password", "amirahaddad1").add("phone", Api.newPhone())
                .add("smsConsent", true).add("languages", Json.createArrayBuilder().add("da"))
                .add("subjects", Json.createArrayBuilder().add("maths")).add("language", "en").build().toString(),
                "Accept-Language", "en");
        assertThat(ownName.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("The password is like your name or e-mail");
    }

    @Test
    void anOldHashIsUpgradedAtTheNextSignInAndStillWorks() {
        String volunteer = seeded();
        api.post("api/v1/test-support/people/accounts/" + volunteer + "/old-hash?password=" + Api.STAFF_PASSWORD,
                null);
        assertThat(account(volunteer).getInt("hashIterations")).isEqualTo(210_000);
        assertThat(profile(volunteer, Api.STAFF_PASSWORD, address()).status()).isEqualTo(200);
        assertThat(account(volunteer).getInt("hashIterations")).isEqualTo(600_000);
        assertThat(profile(volunteer, Api.STAFF_PASSWORD, address()).status()).isEqualTo(200);
        assertThat(profile(volunteer, "not the password", address()).status()).isEqualTo(401);
    }

    @Test
    void anUnknownAccountTakesAsLongToRefuseAsAKnownOne() {
        refusedAsSlowlyAsAnUnknownAccount(seeded());
    }

    /** Also an account whose hash is from before the upgrade (fewer iterations): nobody has signed in since. */
    @Test
    void anAccountWithAnOldHashTakesAsLongToRefuseAsAnUnknownOne() {
        String old = seeded();
        api.post("api/v1/test-support/people/accounts/" + old + "/old-hash?password=" + Api.STAFF_PASSWORD, null);
        refusedAsSlowlyAsAnUnknownAccount(old);
    }

    private void refusedAsSlowlyAsAnUnknownAccount(String known) {
        String unknown = "nobody-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
        profile(known, "warm-up guess", address());
        profile(unknown, "warm-up guess", address());
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownTimes.add(timed(() -> profile(known, "wrong guess " + ThreadLocalRandom.current().nextInt(),
                    address())));
            unknownTimes.add(timed(() -> profile(unknown, "wrong guess " + ThreadLocalRandom.current().nextInt(),
                    address())));
        }
        double ratio = (double) median(unknownTimes) / median(knownTimes);
        assertThat(ratio).as("unknown %s ms, known %s ms", unknownTimes, knownTimes).isBetween(0.6, 1.6);
    }

    @Test
    void signingUpTakesAsLongForATakenAddressAsForANewOne() {
        List<Long> taken = new ArrayList<>();
        List<Long> fresh = new ArrayList<>();
        String owner = seeded();
        for (int i = 0; i < 5; i++) {
            String stranger = "volunteer-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
            taken.add(timed(() -> signUp(owner)));
            fresh.add(timed(() -> signUp(stranger)));
        }
        double ratio = (double) median(taken) / median(fresh);
        assertThat(ratio).as("taken %s ms, new %s ms", taken, fresh).isBetween(0.6, 1.6);
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsButNotTheOneThatChangedIt() {
        String volunteer = seeded();
        String here = session(volunteer, "api/v1/account/profile");
        String there = session(volunteer, "api/v1/account/profile");
        assertThat(api.get("api/v1/account/profile", "Cookie", there).status()).isEqualTo(200);

        var changed = api.post("api/v1/account/password", Json.createObjectBuilder()
                .add("currentPassword", Api.STAFF_PASSWORD).add("password", "a brand new passphrase").build()
                .toString(), "Cookie", here, "Origin", ORIGIN);
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        assertThat(api.get("api/v1/account/profile", "Cookie", here).status()).isEqualTo(200);
        var ended = api.get("api/v1/account/profile", "Cookie", there, "Accept-Language", "en");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().getString("type")).isEqualTo("urn:helhed:problem:problem.session-ended");
        assertThat(api.get("api/v1/account/profile", "Cookie", there).status()).as("and stays ended").isEqualTo(401);
        assertThat(profile(volunteer, "a brand new passphrase", address()).status()).isEqualTo(200);
        assertThat(api.get("api/v1/admin/access-log?action=PASSWORD_CHANGED&subject=account:" + volunteer,
                Api.as(api.newStaff("ADMIN", null))).array()).as("the change is in the access log").hasSize(1);
    }

    @Test
    void smsCodesGoOnlyToMobilesWithinAnHourlyBudgetAndAFewHoldsPerPhoneADay() {
        var premium = api.post("api/v1/appointments", Api.bookingJson(slot(3), "Amina", "+4590123456", null, "en"),
                "Accept-Language", "en");
        assertThat(premium.status()).isEqualTo(400);
        assertThat(premium.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("That number cannot receive text messages");
        assertThat(api.post("api/v1/appointments", Api.bookingJson(slot(3), "Amina", "80 80 80 80", null, "en"))
                .status()).as("toll-free").isEqualTo(400);

        // a few holds per phone a day: five codes an hour, and no more than ten holds in a day
        String phone = Api.newPhone();
        Instant now = Instant.now();
        for (int hold = 0; hold < 10; hold++) {
            api.clock(now.plus(Duration.ofMinutes(61L * (hold / 5))));
            var held = api.post("api/v1/appointments", Api.bookingJson(slot(4), "Hodan", phone, null, "da"),
                    "X-Forwarded-For", address());
            assertThat(held.status()).as("hold %s: %s", hold, held.body()).isEqualTo(201);
        }
        api.clock(now.plus(Duration.ofMinutes(130)));
        var eleventh = api.post("api/v1/appointments", Api.bookingJson(slot(4), "Hodan", phone, null, "da"),
                "X-Forwarded-For", address());
        assertThat(eleventh.status()).as("the eleventh hold that day").isEqualTo(429);
        api.realClock();

        // the hour's budget for all numbers: past it every hold is refused and the coordinators are told
        String coordinator = api.newStaff("COORDINATOR", null);
        api.put("api/v1/test-support/sms-code-budget?perHour=0", "{}");
        try {
            Instant before = Instant.now();
            var refused = api.post("api/v1/appointments", Api.bookingJson(slot(5), "Sara", Api.newPhone(), null,
                    "en"), "Accept-Language", "en", "X-Forwarded-For", address());
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().getString("detail")).startsWith("Unusually many SMS codes are being sent");
            var alerts = alertsSince(before);
            assertThat(alerts).extracting(a -> a.getString("to")).contains(coordinator);
            assertThat(alerts).extracting(a -> a.getString("kind")).containsOnly("ALERT");
            assertThat(api.post("api/v1/appointments", Api.bookingJson(slot(5), "Sara", Api.newPhone(), null, "en"),
                    "X-Forwarded-For", address()).status()).isEqualTo(429);
            assertThat(alertsSince(before)).as("told once an hour, not once per refusal").hasSameSizeAs(alerts);
        } finally {
            api.put("api/v1/test-support/sms-code-budget", "{}");
        }
        assertThat(api.post("api/v1/appointments", Api.bookingJson(slot(5), "Sara", Api.newPhone(), null, "en"),
                "X-Forwarded-For", address()).status()).as("within the budget again").isEqualTo(201);
    }

    /** The alerts about the SMS budget of this hour (and the one before, should the hour have turned). */
    private List<jakarta.json.JsonObject> alertsSince(Instant before) {
        return java.util.stream.Stream.of(before, Instant.now())
                .map(at -> "sms-budget:" + at.truncatedTo(java.time.temporal.ChronoUnit.HOURS)).distinct()
                .flatMap(topic -> api.get("api/v1/test-support/outbox?topic=" + topic).array().stream())
                .map(jakarta.json.JsonValue::asJsonObject).toList();
    }

    /** A new free slot {@code days} ahead, at a random whole quarter in the afternoon. */
    private long slot(int days) {
        var start = java.time.ZonedDateTime.of(java.time.LocalDate.now(KOEGE).plusDays(days),
                java.time.LocalTime.of(13, 0).plusMinutes(15L * ThreadLocalRandom.current().nextInt(16)), KOEGE)
                .toInstant();
        return api.newSlot(start).getJsonNumber("id").longValue();
    }

    @Test
    void securityEventsAreLoggedWithWhereTheyCameFromAndAdminsSearchThem() {
        String admin = api.newStaff("ADMIN", null);
        String volunteer = seeded();
        String from = address();
        assertThat(profile(volunteer, "a wrong guess", from).status()).isEqualTo(401);
        assertThat(profile(volunteer, Api.STAFF_PASSWORD, from).status()).isEqualTo(200);

        String search = "api/v1/admin/access-log?subject=account:" + volunteer;
        assertThat(api.get(search, Api.as(api.newStaff("COORDINATOR", null))).status())
                .as("admins only").isEqualTo(403);
        var entries = api.get(search, Api.as(admin));
        assertThat(entries.status()).as(entries.body()).isEqualTo(200);
        assertThat(entries.array()).extracting(e -> e.asJsonObject().getString("action") + " "
                        + e.asJsonObject().getString("actor") + " " + e.asJsonObject().getString("address"))
                .containsExactly("SIGNIN " + volunteer + " " + from, "SIGNIN_FAILED - " + from);
        assertThat(api.get("api/v1/admin/access-log?actor=" + admin + "&action=VIEW_ACCESS_LOG", Api.as(admin))
                .array()).as("the search is logged too").isNotEmpty();
        var bad = api.get("api/v1/admin/access-log?from=yesterday", Api.as(admin)[0], Api.as(admin)[1],
                "Accept-Language", "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("from");

        // a coordinator's looks at contact details and exports are logged too
        String coordinator = api.newStaff("COORDINATOR", null);
        assertThat(api.get("api/v1/coordinator/rota", Api.as(coordinator)).status()).isEqualTo(200);
        assertThat(api.get("api/v1/coordinator/rota.csv", Api.as(coordinator)).status()).isEqualTo(200);
        assertThat(api.get("api/v1/coordinator/volunteers", Api.as(coordinator)).status()).isEqualTo(200);
        assertThat(api.get("api/v1/admin/access-log?actor=" + coordinator, Api.as(admin)).array())
                .extracting(e -> e.asJsonObject().getString("action"))
                .contains("VIEW_ROTA", "EXPORT_ROTA", "VIEW_VOLUNTEERS");

        var page = api.get("admin/access-log?subject=account:" + volunteer, Api.as(admin));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("SIGNIN_FAILED", from, volunteer);
        assertThat(api.get("admin/access-log", Api.as(api.newStaff("COORDINATOR", null))).status()).isEqualTo(403);
    }

    /** A session cookie signed in as {@code email} (the sign-in by HTTP Basic leaves one). */
    @Test
    void staffSignInWithASecondFactorProgramsWithTokensAndAVolunteerMayEnrolAndRemoveOne() throws Exception {
        String coordinator = api.newStaff("COORDINATOR", null);
        String admin = api.newStaff("ADMIN", null);

        // a coordinator's password alone is one factor: HTTP Basic is refused and says what to use
        var basic = api.get("api/v1/coordinator/volunteers", Api.with(Api.basic(coordinator, Api.STAFF_PASSWORD),
                "Accept-Language", "en", "X-Forwarded-For", address()));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().getString("type")).isEqualTo("urn:helhed:problem:problem.signin-second-factor");
        assertThat(basic.json().getString("detail")).contains("API token", "Bearer");
        assertThat(api.get("api/v1/coordinator/volunteers", Api.as(coordinator)).status()).as("with a token")
                .isEqualTo(200);

        // a volunteer may enrol: a wrong code is refused on its field; the right one gives ten recovery codes
        String volunteer = seeded();
        String[] password = Api.basic(volunteer, Api.STAFF_PASSWORD);
        var offer = api.post("api/v1/account/second-factor/offer", null, password).json();
        String secret = offer.getString("secret");
        assertThat(offer.getString("uri")).startsWith("otpauth://totp/").contains(secret);
        var wrong = api.post("api/v1/account/second-factor", Json.createObjectBuilder().add("secret", secret)
                .add("code", "000000").add("password", Api.STAFF_PASSWORD).build().toString(),
                Api.with(password, "Accept-Language", "en"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        String code = dk.helhed.signin.control.Totp.code(secret, dk.helhed.signin.control.Totp.step(Instant.now()));
        assertThat(api.post("api/v1/account/second-factor", Json.createObjectBuilder().add("secret", "short")
                .add("code", code).add("password", Api.STAFF_PASSWORD).build().toString(), password).status())
                .as("a secret the client made up").isEqualTo(400);
        assertThat(api.post("api/v1/account/second-factor", Json.createObjectBuilder().add("secret", secret)
                .add("code", code).add("password", "not it").build().toString(), password).status())
                .as("the password again").isEqualTo(400);
        var enrolled = api.post("api/v1/account/second-factor", Json.createObjectBuilder().add("secret", secret)
                .add("code", code).add("password", Api.STAFF_PASSWORD).build().toString(), password);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        assertThat(enrolled.json().getJsonArray("recoveryCodes")).hasSize(10);
        assertThat(api.get("api/v1/account/profile", Api.with(password, "X-Forwarded-For", address())).status())
                .as("Basic no longer").isEqualTo(401);

        // tokens: made, used, revoked
        assertThat(api.post("api/v1/account/api-tokens", "{\"name\":\"Min kalender\"}", Api.as(volunteer)).status())
                .as("a token is made with the password again").isEqualTo(400);
        var made = api.post("api/v1/account/api-tokens", "{\"name\":\"Min kalender\",\"password\":\""
                + Api.STAFF_PASSWORD + "\"}", Api.as(volunteer));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        String[] token = {"Authorization", "Bearer " + made.json().getString("token")};
        var tokenSession = api.get("api/v1/account/profile", token);
        assertThat(tokenSession.status()).isEqualTo(200);
        String cookie = sessionCookie(tokenSession.raw().headers().allValues("Set-Cookie")).split(";")[0];
        assertThat(api.get("api/v1/account/profile", "Cookie", cookie).status()).isEqualTo(200);
        assertThat(api.get("api/v1/account/second-factor", token).json().getJsonArray("tokens")).extracting(
                t -> t.asJsonObject().getString("name")).contains("Min kalender");
        assertThat(api.post("api/v1/account/api-tokens", "{\"name\":\" \",\"password\":\"" + Api.STAFF_PASSWORD + "\"}",
                token).status()).isEqualTo(400);
        assertThat(api.delete("api/v1/account/api-tokens/" + made.json().getJsonNumber("id"), Api.as(coordinator))
                .status()).as("not theirs").isEqualTo(404);
        assertThat(api.delete("api/v1/account/api-tokens/" + made.json().getJsonNumber("id"), token).status())
                .isEqualTo(204);
        assertThat(api.get("api/v1/account/profile", token).status()).as("revoked").isEqualTo(401);
        assertThat(api.get("api/v1/account/profile", "Cookie", cookie).status()).as("and the session it began")
                .isEqualTo(401);

        // the volunteer may remove it again (the password again); a coordinator may not
        assertThat(api.post("api/v1/account/second-factor/removal", "{\"password\":\"" + Api.STAFF_PASSWORD + "\"}",
                Api.as(coordinator)).status()).isEqualTo(409);
        assertThat(api.post("api/v1/account/second-factor/removal", "{\"password\":\"" + Api.STAFF_PASSWORD + "\"}",
                Api.as(volunteer)).status()).isEqualTo(204);
        assertThat(api.get("api/v1/account/profile", Api.with(password, "X-Forwarded-For", address())).status())
                .isEqualTo(200);

        assertThat(api.get("api/v1/admin/access-log?subject=account:" + volunteer, Api.as(admin)).array())
                .extracting(e -> e.asJsonObject().getString("action"))
                .contains("MFA_ENROLLED", "API_TOKEN_MADE", "API_TOKEN_REVOKED", "MFA_REMOVED");
    }

    private String session(String email, String path) {
        var signedIn = api.get(path, Api.as(email));
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
    }

    private void signUp(String email) {
        var reply = api.post("api/v1/volunteers", Json.createObjectBuilder().add("name", "Someone Else")
                .add("email", email).add("password", "another long passphrase").add("phone", Api.newPhone())
                .add("smsConsent", true).add("languages", Json.createArrayBuilder().add("da"))
                .add("subjects", Json.createArrayBuilder().add("maths")).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    }

    private Api.Reply profile(String email, String password, String from) {
        String[] basic = Api.basic(email, password);
        return api.get("api/v1/account/profile", basic[0], basic[1], "X-Forwarded-For", from);
    }

    private String seeded() {
        String email = "volunteer-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.dk";
        var made = api.post("api/v1/test-support/people/accounts?email=" + email + "&password=" + Api.STAFF_PASSWORD
                + "&role=VOLUNTEER&phone=" + Api.newPhone().replace("+", "%2B"), null);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        return email;
    }

    private jakarta.json.JsonObject account(String email) {
        return api.get("api/v1/test-support/people/accounts/" + email).json();
    }

    /** An address from the documentation range, new for each call: no test meets another's sign-in limits. */
    private static String address() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100) + "." + random.nextInt(1, 255);
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }
}
