package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan starts on an empty database of its own (no demo data, no other test's rows) and is set up the way a
 * secretariat would: from the setup link Helhed logs, through the pages. The tests run in order: each goes on from
 * what the one before set up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT extends PageTest {
    private static final String ADMIN = "sekretariat@helhed.test";
    private static final String ADMIN_PASSWORD = "en lang adgangssætning til planen";
    private static final String ADVISER = "amina.adviser@helhed.test";
    private static final String ADVISER_PASSWORD = "an adviser's long passphrase";
    private static final java.time.ZoneId KOEGE = java.time.ZoneId.of("Europe/Copenhagen");
    private static FakeSmtp smtp;
    private static FakeTwilio twilio;

    @BeforeAll
    static void startFakes() throws Exception {
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
    }

    @AfterAll
    static void stopFakes() {
        smtp.stop();
        twilio.stop();
    }

    @Test
    @Order(1)
    void beforeTheSetUpBadInputIsRefusedOnItsFieldsAndNothingIsWritten() {
        String token = token(newLink());
        var unknown = api.get("api/v1/setup?token=not-a-token", "Accept-Language", "en");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("token");
        assertThat(api.get("api/v1/setup?token=" + token).status()).isEqualTo(200);

        var bad = api.post("api/v1/setup", answers(token, " ", "ikke-en-adresse", "kort"), "Accept-Language", "da");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("planName", "adminEmail", "adminPassword");
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
        var noBody = api.post("api/v1/setup", "{}");
        assertThat(noBody.status()).as(noBody.body()).isEqualTo(400);
        assertThat(fields(noBody.json())).containsExactly("token");
        var empty = api.post("api/v1/setup", "{\"token\":\"" + token + "\"}");
        assertThat(fields(empty.json())).contains("planName", "controller", "contact", "adminName", "adminEmail",
                "adminPassword").doesNotContain("senderName", "token");
        // a good admin beside a bad plan: refused whole (the next test makes this same admin, which would be taken)
        var half = api.post("api/v1/setup", answers(token, "x".repeat(81), ADMIN, ADMIN_PASSWORD));
        assertThat(fields(half.json())).containsExactly("planName");
        // nothing was written: the link still opens the set-up (it would be 409 with a plan)
        var still = api.get("api/v1/setup?token=" + token);
        assertThat(still.status()).isEqualTo(200);
        assertThat(still.json().getString("timeZone")).isEqualTo("Europe/Copenhagen");
        assertThat(Instant.parse(still.json().getString("worksUntil"))).isAfter(Instant.now().plusSeconds(23 * 3600));
    }

    @Test
    @Order(2)
    void theSecretariatSetsThePlanUpFromTheLinkAndTheAdminSignsInWithASecondFactor() throws Throwable {
        Browser.withEvidence(browser, "first-start-setup", this::setUp);
    }

    private void setUp() throws Exception {
        laptop();
        String link = newLink();
        browser.get(link.replace("https://helhed.test/", deployment.toString()) + "&lang=da");
        wait.until(ExpectedConditions.titleIs("Sæt Helhed op"));
        assertThat(read(By.id("time-zone"))).isEqualTo("Alle tider vises i dansk tid: Europe/Copenhagen");
        Accessibility.assertNoSeriousViolations(browser, "the setup page");
        browser.findElement(By.id("setup:planName")).sendKeys("Helhedsplanen Ellemarken");
        browser.findElement(By.id("setup:senderName")).sendKeys("Helhedsplanen");
        browser.findElement(By.id("setup:controller")).sendKeys("Boligselskabet Ellemarken, Ellemarksvej 1, 4600 Køge");
        browser.findElement(By.id("setup:contact")).sendKeys("persondata@ellemarken.test");
        browser.findElement(By.id("setup:adminName")).sendKeys("Sara Sekretariat");
        browser.findElement(By.id("setup:adminEmail")).sendKeys(ADMIN);
        browser.findElement(By.id("setup:adminPassword")).sendKeys("kort");
        browser.findElement(By.id("setup:submit")).click();
        // refused in place, in Danish, with what was typed kept (but the password)
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("setup:adminPassword-error")))
                .getText()).contains("10");
        assertThat(browser.findElement(By.id("setup:planName")).getAttribute("value"))
                .isEqualTo("Helhedsplanen Ellemarken");
        assertThat(browser.findElement(By.id("setup:adminPassword")).getAttribute("value")).isEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the setup page with a problem");
        browser.findElement(By.id("setup:adminPassword")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("setup:submit")).click();

        // on to sign in; the admin must set the code app up first
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("setup-done")));
        browser.findElement(By.id("login:email")).sendKeys(ADMIN);
        browser.findElement(By.id("login:password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.titleIs("Sæt to-trins-login op"));
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol:code")).sendKeys(dk.helhed.signin.control.Totp.code(secret,
                dk.helhed.signin.control.Totp.step(Instant.now())));
        browser.findElement(By.id("enrol:submit")).click();
        wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#recovery-codes li")));
        browser.findElement(By.id("codes:continue")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        // the admin runs the plan too: the coordinator's pages are in the bar
        assertThat(browser.findElements(By.id("nav-rota"))).isNotEmpty();
        assertThat(browser.findElements(By.id("nav-accounts"))).isNotEmpty();

        // a plan being set up offers residents nothing yet, and says so under its name
        browser.get(deployment + "?lang=da");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nothing-yet"))).getText())
                .startsWith("Helhedsplanen er ved at blive sat op.");
        assertThat(read(By.id("plan-name"))).isEqualTo("Helhedsplanen Ellemarken");
        assertThat(browser.findElements(By.cssSelector(".offerings a"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the front page of a plan being set up");

        // the link is gone, on the page and in the API; the privacy notice names the plan's controller
        browser.get(link.replace("https://helhed.test/", deployment.toString()) + "&lang=en");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("broken"))).getText())
                .isEqualTo("Helhed is set up already. Please sign in.");
        assertThat(browser.findElements(By.id("setup:submit"))).isEmpty();
        var again = api.post("api/v1/setup", answers(token(link), "Anden plan", "anden@helhed.test", ADMIN_PASSWORD));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(api.post("api/v1/test-support/setup-link", null).status()).isEqualTo(409);
        browser.get(deployment + "privacy?lang=da");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".contact"))).getText())
                .contains("Boligselskabet Ellemarken, Ellemarksvej 1, 4600 Køge")
                .contains("persondata@ellemarken.test");
        var logged = api.get("api/v1/admin/access-log?action=PLAN_SET_UP", Api.as(ADMIN));
        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        assertThat(logged.array()).hasSize(1);
        assertThat(logged.array().getJsonObject(0).getString("actor")).isEqualTo(ADMIN);
    }

    @Test
    @Order(3)
    void theAdminAddsEditsAndRemovesPlacesAndOrganisationsOnThePages() throws Throwable {
        Browser.withEvidence(browser, "first-start-places", this::placesAndOrganisations);
    }

    private void placesAndOrganisations() {
        laptop();
        browser.get(deployment + "coordinator/places?lang=da");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Steder"));
        assertThat(read(By.id("no-places"))).isEqualTo("Der er ingen steder endnu. Tilføj det første herunder.");
        Accessibility.assertNoSeriousViolations(browser, "the places page, empty");

        // bad input is refused in place, with what was typed kept
        place("Fælles Fremtid", "Ellemarken 10, 4600 Køge", "46", "Køge");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place:postcode-error"))).getText())
                .isEqualTo("Skriv et dansk postnummer med fire cifre.");
        assertThat(read(By.id("place:street-error"))).startsWith("Skriv kun vej og nummer her");
        assertThat(browser.findElement(By.id("place:name")).getAttribute("value")).isEqualTo("Fælles Fremtid");
        Accessibility.assertNoSeriousViolations(browser, "the places page with problems");
        place("Fælles Fremtid", "Ellemarken 10", "4600", "Køge");
        awaitDone("Fælles Fremtid er tilføjet.");
        place("Lokalkontoret", "Karlemoseparken 12", "4600", "Køge");
        awaitDone("Lokalkontoret er tilføjet.");
        place("Forkert sted", "Et sted 1", "4000", "Roskilde");
        awaitDone("Forkert sted er tilføjet.");
        assertThat(browser.findElements(By.cssSelector("tr.place .name")).stream().map(PageTest::read).toList())
                .containsExactly("Fælles Fremtid", "Forkert sted", "Lokalkontoret");

        // a place nothing refers to is deleted, after asking once more
        row("place", "Forkert sted").findElement(By.cssSelector(".remove")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm-remove"))).click();
        awaitDone("Forkert sted er fjernet.");
        assertThat(browser.findElements(By.cssSelector("tr.place .name")).stream().map(PageTest::read).toList())
                .containsExactly("Fælles Fremtid", "Lokalkontoret");

        // moving the local office: its row fills the form, and the new address is what residents will see
        row("place", "Lokalkontoret").findElement(By.cssSelector(".edit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("form-title"), "Ret sted"));
        assertThat(browser.findElement(By.id("place:street")).getAttribute("value")).isEqualTo("Karlemoseparken 12");
        browser.findElement(By.id("place:street")).clear();
        browser.findElement(By.id("place:street")).sendKeys("Karlemoseparken 112");
        browser.findElement(By.id("place:save")).click();
        awaitDone("Lokalkontoret er gemt.");
        assertThat(read(row("place", "Lokalkontoret").findElement(By.cssSelector(".address"))))
                .isEqualTo("Karlemoseparken 112, 4600 Køge");

        // in English, for partner staff who read no Danish
        browser.findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
        wait.until(ExpectedConditions.titleIs("Places"));
        assertThat(read(By.id("nav-places"))).isEqualTo("Places");
        assertThat(browser.findElements(By.cssSelector("nav.languages a[hreflang=ar]"))).isEmpty();
        browser.findElement(By.id("nav-organisations")).click();
        wait.until(ExpectedConditions.titleIs("Organisations"));
        Accessibility.assertNoSeriousViolations(browser, "the organisations page in English");
        organisation("", "Help with jobs");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation:name-error")))
                .getText()).isEqualTo("Please fill this in.");
        assertThat(browser.findElement(By.id("organisation:helpsWith")).getAttribute("value"))
                .isEqualTo("Help with jobs");
        browser.findElement(By.id("organisation:helpsWith")).clear();
        organisation("Jobcenter Køge", "Hjælp til job og uddannelse");
        awaitDone("Jobcenter Køge is added.");
        organisation("Dansk Folkehjælp", "");
        awaitDone("Dansk Folkehjælp is added.");
        assertThat(read(row("organisation", "Jobcenter Køge").findElement(By.cssSelector(".helps-with"))))
                .isEqualTo("Hjælp til job og uddannelse");
    }

    @Test
    @Order(4)
    void placesOrganisationsAndThePlanOverRestWithRolesBadInputAndRetiring() {
        String coordinator = api.newStaff("COORDINATOR", null);
        for (String role : List.of("VOLUNTEER", "PARTNER", "ADVISER")) {
            String someone = api.newStaff(role, null);
            assertThat(api.get("api/v1/coordinator/places", Api.as(someone)).status()).as(role).isEqualTo(403);
            assertThat(api.post("api/v1/coordinator/organisations", "{}", Api.as(someone)).status()).as(role)
                    .isEqualTo(403);
            assertThat(api.get("api/v1/admin/plan", Api.as(someone)).status()).as(role).isEqualTo(403);
        }
        assertThat(api.get("api/v1/coordinator/places").status()).isEqualTo(401);
        assertThat(api.get("api/v1/admin/plan", Api.as(coordinator)).status()).isEqualTo(403);
        var places = api.get("api/v1/coordinator/places", Api.as(coordinator));
        assertThat(places.status()).isEqualTo(200);
        assertThat(places.array()).hasSize(2);

        // bad input: every field at once, nothing written
        var bad = api.post("api/v1/coordinator/places", "{\"postcode\":\"0123\"}", Api.with(Api.as(coordinator),
                "Accept-Language", "en"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("name", "street", "postcode", "town");
        assertThat(api.post("api/v1/coordinator/places", "not json", Api.as(coordinator)).status()).isEqualTo(400);
        assertThat(api.get("api/v1/coordinator/places", Api.as(coordinator)).array()).hasSize(2);
        var unknown = api.put("api/v1/coordinator/places/no-such-place", placeJson("X", "Vej 1", "4600", "Køge"),
                Api.as(coordinator));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.delete("api/v1/coordinator/organisations/no-such", Api.as(coordinator)).status())
                .isEqualTo(404);

        // a place with a workshop on it is retired, not deleted: the workshop keeps it, nothing new is made there
        var hall = api.post("api/v1/coordinator/places", placeJson("Medborgerhuset", "Torvet 1", "4600", "Køge"),
                Api.as(coordinator));
        assertThat(hall.status()).as(hall.body()).isEqualTo(201);
        String code = hall.json().getString("code");
        assertThat(code).isEqualTo("medborgerhuset");
        assertThat(hall.header("Location")).endsWith("/api/v1/coordinator/places/medborgerhuset");
        String start = java.time.LocalDate.now().plusDays(20) + "T17:00";
        String end = java.time.LocalDate.now().plusDays(20) + "T19:00";
        var workshop = api.post("api/v1/coordinator/events", workshopJson(code, start, end), Api.as(coordinator));
        assertThat(workshop.status()).as(workshop.body()).isEqualTo(201);
        var removed = api.delete("api/v1/coordinator/places/" + code, Api.as(coordinator));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().getString("removed")).isEqualTo("RETIRED");
        var all = api.get("api/v1/coordinator/places", Api.as(coordinator)).array();
        assertThat(all.getJsonObject(all.size() - 1).getString("code")).isEqualTo(code);
        assertThat(all.getJsonObject(all.size() - 1).getBoolean("retired")).isTrue();
        var refused = api.post("api/v1/coordinator/events", workshopJson(code, start, end),
                Api.with(Api.as(coordinator), "Accept-Language", "en"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Unknown place, or it is no longer in use.");

        // an organisation: added, renamed, and deleted while nothing refers to it
        var org = api.post("api/v1/coordinator/organisations", "{\"name\":\"SSP Køge\"}", Api.as(coordinator));
        assertThat(org.status()).as(org.body()).isEqualTo(201);
        var renamed = api.put("api/v1/coordinator/organisations/ssp-koege",
                "{\"name\":\"SSP\",\"helpsWith\":\"Unge og fritid\"}", Api.as(coordinator));
        assertThat(renamed.json().getString("name")).isEqualTo("SSP");
        assertThat(renamed.json().getString("helpsWith")).isEqualTo("Unge og fritid");
        var tooLong = api.put("api/v1/coordinator/organisations/ssp-koege",
                "{\"name\":\"SSP\",\"helpsWith\":\"" + "x".repeat(301) + "\"}", Api.as(coordinator));
        assertThat(fields(tooLong.json())).containsExactly("helpsWith");
        assertThat(api.delete("api/v1/coordinator/organisations/ssp-koege", Api.as(coordinator)).json()
                .getString("removed")).isEqualTo("DELETED");

        // the plan's words, the admin's alone
        var words = api.get("api/v1/admin/plan", Api.as(ADMIN));
        assertThat(words.json().getString("name")).isEqualTo("Helhedsplanen Ellemarken");
        var badWords = api.put("api/v1/admin/plan", "{\"name\":\"\",\"controller\":\"\",\"contact\":\"x\"}",
                Api.as(ADMIN));
        assertThat(fields(badWords.json())).containsExactlyInAnyOrder("name", "controller");
        assertThat(api.get("api/v1/admin/plan", Api.as(ADMIN)).json().getString("controller"))
                .isEqualTo("Boligselskabet Ellemarken, Ellemarksvej 1, 4600 Køge");
    }

    @Test
    @Order(5)
    void theAdminInvitesAnAdviserInEnglishWhoAcceptsAndThenGivesHerASecondRole() throws Throwable {
        Browser.withEvidence(browser, "first-start-staff", this::staff);
    }

    private void staff() throws Exception {
        laptop();
        browser.get(deployment + "coordinator/invitations?lang=en");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Invite staff"));
        var roles = new Select(browser.findElement(By.id("invite:role")));
        assertThat(roles.getOptions().stream().map(WebElement::getText).toList())
                .containsExactly("Coordinator", "Adviser", "Partner staff", "Admin");
        // partner staff need their organisation: refused in place
        browser.findElement(By.id("invite:name")).sendKeys("Amina Hassan");
        browser.findElement(By.id("invite:email")).sendKeys(ADVISER);
        browser.findElement(By.id("invite:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:organisation-error")))
                .getText()).isEqualTo("Please choose an organisation.");
        new Select(browser.findElement(By.id("invite:role"))).selectByValue("ADVISER");
        new Select(browser.findElement(By.id("invite:language"))).selectByValue("en");
        browser.findElement(By.id("invite:submit")).click();
        awaitDone("The invitation is sent.");
        assertThat(read(By.cssSelector("#pending .invitation .role"))).isEqualTo("Adviser");
        Accessibility.assertNoSeriousViolations(browser, "the invitations page in English");

        // the adviser's mail is in English; she sets her password and, at her first sign-in, her code app
        api.dispatch();
        var mail = smtp.awaitMailsTo(ADVISER, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Invitation to Helhed");
        assertThat(mail.body()).contains("Hello Amina Hassan", "You are invited to Helhed as an adviser.")
                .containsPattern("Kind regards\\R+Helhedsplanen").doesNotContain("$SENDER", "Boligsocial");
        String link = mail.body().replaceAll("(?s).*https://helhed\\.test/(invitation\\?t=[A-Za-z0-9_-]{22}&lang=en).*",
                "$1");
        browser.manage().deleteAllCookies();
        browser.get(deployment + link);
        wait.until(ExpectedConditions.titleIs("Your invitation"));
        assertThat(read(By.id("role"))).isEqualTo("Adviser");
        assertThat(browser.findElements(By.id("organisation"))).isEmpty();
        browser.findElement(By.id("accept:password")).sendKeys(ADVISER_PASSWORD);
        browser.findElement(By.id("accept:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("to-login"))).click();
        browser.findElement(By.id("login:email")).sendKeys(ADVISER);
        browser.findElement(By.id("login:password")).sendKeys(ADVISER_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.titleIs("Set up two-step sign-in"));
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol:code")).sendKeys(dk.helhed.signin.control.Totp.code(secret,
                dk.helhed.signin.control.Totp.step(Instant.now())));
        browser.findElement(By.id("enrol:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codes:continue"))).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.findElements(By.id("nav-day"))).as("an adviser's day").isNotEmpty();
        assertThat(browser.findElements(By.id("nav-rota"))).as("no coordinator's pages yet").isEmpty();

        // the admin makes her a coordinator too; taking away the admin's own role is refused in place
        browser.manage().deleteAllCookies();
        browser.get(deployment + "admin/accounts?lang=en");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Accounts"));
        row("account", "Amina Hassan").findElement(By.cssSelector(".change-roles")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("role-change:save")));
        assertThat(read(By.cssSelector("#role-change legend"))).isEqualTo("Roles of Amina Hassan");
        Accessibility.assertNoSeriousViolations(browser, "changing roles");
        browser.findElement(By.cssSelector("input[name='role-change:roles'][value='COORDINATOR']")).click();
        browser.findElement(By.id("role-change:save")).click();
        awaitDone("The roles of Amina Hassan are saved.");
        assertThat(read(row("account", "Amina Hassan").findElement(By.cssSelector(".roles"))))
                .isEqualTo("Adviser, Coordinator");
        row("account", "Sara Sekretariat").findElement(By.cssSelector(".change-roles")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "input[name='role-change:roles'][value='ADMIN']"))).click();
        browser.findElement(By.id("role-change:save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("role-change:roles-error")))
                .getText()).isEqualTo("You cannot take away your own admin role.");
        var changed = api.get("api/v1/admin/access-log?action=ROLE_CHANGED", Api.as(ADMIN)).array();
        assertThat(changed).hasSize(1);
        assertThat(changed.getJsonObject(0).getString("subject")).endsWith(" ADVISER -> ADVISER,COORDINATOR");
        assertThat(changed.getJsonObject(0).getString("actor")).isEqualTo(ADMIN);
    }

    @Test
    @Order(6)
    void invitationsAndRoleChangesOverRestKeepTheSameRules() {
        String coordinator = api.newStaff("COORDINATOR", null);
        var admin = api.post("api/v1/coordinator/invitations", invite("ADMIN", null), Api.with(Api.as(coordinator),
                "Accept-Language", "en"));
        assertThat(admin.status()).as(admin.body()).isEqualTo(400);
        assertThat(admin.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Only an admin can invite or appoint an admin.");
        assertThat(fields(api.post("api/v1/coordinator/invitations", invite("PARTNER", null), Api.as(coordinator))
                .json())).containsExactly("organisation");
        assertThat(fields(api.post("api/v1/coordinator/invitations", invite("VOLUNTEER", null), Api.as(coordinator))
                .json())).containsExactly("role");
        assertThat(api.post("api/v1/coordinator/invitations", invite("ADMIN", null), Api.as(ADMIN)).status())
                .isEqualTo(201);
        // an organisation with an invitation is retired when removed, and no one is invited to it any more
        assertThat(api.post("api/v1/coordinator/invitations", invite("PARTNER", "dansk-folkehjaelp"),
                Api.as(coordinator)).status()).isEqualTo(201);
        assertThat(api.delete("api/v1/coordinator/organisations/dansk-folkehjaelp", Api.as(coordinator)).json()
                .getString("removed")).isEqualTo("RETIRED");
        assertThat(fields(api.post("api/v1/coordinator/invitations", invite("PARTNER", "dansk-folkehjaelp"),
                Api.as(coordinator)).json())).containsExactly("organisation");

        var accounts = api.get("api/v1/admin/accounts", Api.as(ADMIN)).array().getValuesAs(JsonObject.class);
        long amina = accounts.stream().filter(a -> a.getString("email").equals(ADVISER)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long sara = accounts.stream().filter(a -> a.getString("email").equals(ADMIN)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(api.put("api/v1/admin/accounts/" + amina + "/roles", "{\"roles\":[\"ADVISER\"]}",
                Api.as(coordinator)).status()).isEqualTo(403);
        for (String bad : List.of("{\"roles\":[]}", "{}", "{\"roles\":[\"KING\"]}", "{\"roles\":[\"PARTNER\"]}")) {
            var refused = api.put("api/v1/admin/accounts/" + amina + "/roles", bad, Api.as(ADMIN));
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(fields(refused.json())).containsExactly("roles");
        }
        assertThat(fields(api.put("api/v1/admin/accounts/" + sara + "/roles", "{\"roles\":[\"COORDINATOR\"]}",
                Api.as(ADMIN)).json())).containsExactly("roles");
        assertThat(api.put("api/v1/admin/accounts/999999/roles", "{\"roles\":[\"ADVISER\"]}", Api.as(ADMIN))
                .status()).isEqualTo(404);
        // a partner's token, made with the password alone, does not carry them into coordinator's roles
        String partner = api.newStaff("PARTNER", null);
        String[] partnersToken = Api.as(partner);
        assertThat(api.get("api/v1/account/profile", partnersToken).status()).isNotEqualTo(401);
        long partnerId = api.get("api/v1/admin/accounts", Api.as(ADMIN)).array().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("email").equals(partner)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(api.put("api/v1/admin/accounts/" + partnerId + "/roles", "{\"roles\":[\"COORDINATOR\"]}",
                Api.as(ADMIN)).status()).isEqualTo(200);
        assertThat(api.get("api/v1/coordinator/places", partnersToken).status())
                .as("the token is revoked: the new roles need a second factor it never had").isEqualTo(401);

        var back = api.put("api/v1/admin/accounts/" + amina + "/roles", "{\"roles\":[\"ADVISER\"]}", Api.as(ADMIN));
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("ADVISER");
        // Amina's two changes on the page and here, and the partner's
        assertThat(api.get("api/v1/admin/access-log?action=ROLE_CHANGED", Api.as(ADMIN)).array()).hasSize(3);
    }

    @Test
    @Order(7)
    void theCoordinatorMakesTheInvitedAdviserAnAdviserWithLanguagesHoursAndAnAbsence() throws Throwable {
        Browser.withEvidence(browser, "first-start-advisers", this::advisers);
    }

    private void advisers() {
        laptop();
        browser.get(deployment + "coordinator/advisers?lang=da");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Rådgivere"));
        assertThat(browser.findElements(By.id("no-advisers"))).isNotEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the advisers page, empty");
        new Select(browser.findElement(By.id("adviser:account"))).selectByValue(ADVISER);
        browser.findElement(By.id("adviser:make")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adviser:languages-error")))
                .getText()).isEqualTo("Vælg mindst ét sprog, rådgiveren taler.");
        browser.findElement(By.cssSelector("input[name='adviser:languages'][value='ar']")).click();
        browser.findElement(By.cssSelector("input[name='adviser:languages'][value='da']")).click();
        browser.findElement(By.id("adviser:make")).click();
        awaitDone("Medarbejderen er nu rådgiver.");
        assertThat(read(By.cssSelector(".adviser .name"))).isEqualTo("Amina Hassan");
        assertThat(read(By.cssSelector(".adviser .languages"))).contains("Dansk", "العربية");
        assertThat(browser.findElements(By.id("no-candidates"))).isNotEmpty();

        // weekly hours: an end before the start is refused in place; then Tuesdays at the local office
        new Select(browser.findElement(By.id("hours:adviser"))).selectByVisibleText("Amina Hassan");
        new Select(browser.findElement(By.id("hours:place"))).selectByVisibleText("Lokalkontoret");
        new Select(browser.findElement(By.id("hours:day"))).selectByValue("TUESDAY");
        setValue("hours:from", "12:00");
        setValue("hours:until", "10:00");
        browser.findElement(By.id("hours:add")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hours:until-error"))).getText())
                .isNotBlank();
        setValue("hours:from", "10:00");
        setValue("hours:until", "12:00");
        browser.findElement(By.id("hours:slotMinutes")).clear();
        browser.findElement(By.id("hours:slotMinutes")).sendKeys("30");
        browser.findElement(By.id("hours:add")).click();
        awaitDone("De faste tider er tilføjet");
        assertThat(read(By.cssSelector(".adviser tr.hours .day"))).isEqualTo("Tirsdag");
        assertThat(read(By.cssSelector(".adviser tr.hours .time"))).isEqualTo("10:00–12:00 (30 min)");
        assertThat(read(By.cssSelector(".adviser tr.hours .place"))).isEqualTo("Lokalkontoret");

        // an absence three weeks from now
        var first = java.time.LocalDate.now(KOEGE).plusWeeks(3);
        new Select(browser.findElement(By.id("absence:adviser"))).selectByVisibleText("Amina Hassan");
        setValue("absence:from", first.toString());
        setValue("absence:until", first.plusDays(4).toString());
        new Select(browser.findElement(By.id("absence:reason"))).selectByValue("HOLIDAY");
        browser.findElement(By.id("absence:add")).click();
        awaitDone("Fraværet er tilføjet.");
        assertThat(read(By.cssSelector(".adviser .absence"))).isEqualTo("Væk " + first + " – " + first.plusDays(4)
                + " (Ferie)");
        Accessibility.assertNoSeriousViolations(browser, "the advisers page");

        // the slots are there for residents: the local office offers Tuesdays' times in Arabic
        var slots = api.get("api/v1/appointment-slots?language=ar&place=" + placeCode("Lokalkontoret"));
        assertThat(slots.status()).as(slots.body()).isEqualTo(200);
        var starts = slots.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("start")).toList();
        assertThat(starts).isNotEmpty().allSatisfy(start -> {
            assertThat(java.time.OffsetDateTime.parse(start).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
            assertThat(start).containsAnyOf("T10:00", "T10:30", "T11:00", "T11:30");
        });
        assertThat(api.get("api/v1/appointment-slots?language=so&place=" + placeCode("Lokalkontoret")).array())
                .as("nobody speaks Somali").isEmpty();
    }

    @Test
    @Order(8)
    void residentsBookAndSignUpOnThePublicPagesAndTheCoordinatorFindsThemInTheListsAndExports() throws Throwable {
        Browser.withEvidence(browser, "first-start-residents", this::residents);
    }

    private void residents() throws Exception {
        // a workshop with one place, made on the coordinator's page; a bad form first
        laptop();
        browser.get(deployment + "coordinator/events?lang=da");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Workshops og arrangementer"));
        assertThat(browser.findElements(By.cssSelector("tr.event .name")).stream().map(PageTest::read).toList())
                .as("the workshop made over REST, at a place since retired").containsExactly("Syværksted");
        browser.findElement(By.id("event:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event:titleDa-error")));
        assertThat(read(By.id("event:place-error"))).isNotBlank();
        assertThat(read(By.id("event:start-error"))).isNotBlank();
        Accessibility.assertNoSeriousViolations(browser, "the events page with problems");
        var thursday = java.time.LocalDate.now(KOEGE).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.THURSDAY)).plusWeeks(1);
        new Select(browser.findElement(By.id("event:place"))).selectByVisibleText("Fælles Fremtid");
        browser.findElement(By.id("event:titleDa")).sendKeys("Syklub");
        browser.findElement(By.id("event:titleEn")).sendKeys("Sewing club");
        browser.findElement(By.id("event:descriptionDa")).sendKeys("Vi syr sammen. Symaskiner er der.");
        browser.findElement(By.id("event:descriptionEn")).sendKeys("We sew together. Machines are there.");
        setValue("event:start", thursday + "T17:00");
        setValue("event:end", thursday + "T19:00");
        browser.findElement(By.id("event:capacity")).sendKeys("1");
        browser.findElement(By.id("event:create")).click();
        awaitDone("Oprettet: 1 arrangement(er).");
        assertThat(read(row("event", "Syklub").findElement(By.cssSelector(".seats")))).isEqualTo("0 / 1");
        Accessibility.assertNoSeriousViolations(browser, "the events page");

        // two residents sign up on the public page, on a phone, in English: the second waits in line
        phone();
        browser.manage().deleteAllCookies();
        String first = Api.newPhone();
        String second = Api.newPhone();
        signUp("Hodan Warsame", first);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText())
                .isNotBlank();
        signUp("Leyla Demir", second);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));

        // a resident asks for an Arabic-speaking adviser at the local office, in a later week
        String resident = Api.newPhone();
        browser.get(deployment + "book?lang=en&speaks=ar&place=" + placeCode("Lokalkontoret"));
        WebElement chosen = null;
        for (int week = 0; week < 4 && chosen == null; week++) {
            chosen = browser.findElements(By.cssSelector("input[name='book:slot']")).stream()
                    .filter(r -> read(browser.findElement(By.cssSelector("label[for='" + r.getAttribute("id")
                            + "']"))).contains("10:30")).findFirst().orElse(null);
            if (chosen == null) {
                String before = read(By.id("week"));
                browser.findElement(By.id("book:next-week")).click();
                wait.until(d -> !read(By.id("week")).equals(before));
            }
        }
        assertThat(chosen).as("a Tuesday 10:30 within four weeks").isNotNull();
        chosen.click();
        browser.findElement(By.id("book:name")).sendKeys("Samira Haddad");
        browser.findElement(By.id("book:phone")).sendKeys(resident);
        browser.findElement(By.id("book:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")))
                .sendKeys(twilio.awaitCode(resident, 1));
        browser.findElement(By.id("verify:submit")).click();
        String reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();

        // the coordinator finds her by her phone written with spaces, and in the week's list of the local office
        laptop();
        browser.manage().deleteAllCookies();
        String spaced = resident.substring(0, 3) + " " + resident.substring(3, 5) + " " + resident.substring(5);
        browser.get(deployment + "coordinator/appointments?lang=da");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Aftaler"));
        browser.findElement(By.id("q")).sendKeys(spaced);
        browser.findElement(By.id("show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointments")));
        assertThat(read(By.cssSelector("#appointments .reference"))).isEqualTo(reference);
        assertThat(read(By.cssSelector("#appointments .name"))).isEqualTo("Samira Haddad");
        assertThat(read(By.cssSelector("#appointments .adviser"))).isEqualTo("Amina Hassan");
        Accessibility.assertNoSeriousViolations(browser, "the appointments list");
        browser.findElement(By.id("q")).clear();
        new Select(browser.findElement(By.id("place"))).selectByVisibleText("Fælles Fremtid");
        browser.findElement(By.id("show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("none")));
        new Select(browser.findElement(By.id("place"))).selectByVisibleText("Lokalkontoret");
        setValue("to", java.time.LocalDate.now(KOEGE).plusWeeks(4).toString());
        browser.findElement(By.id("show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointments")));
        assertThat(browser.findElements(By.cssSelector("#appointments .reference")).stream().map(PageTest::read)
                .toList()).contains(reference);

        // programs search by phone with the number in the body, written any way
        var found = api.post("api/v1/coordinator/appointments/search", "{\"q\":\"" + spaced + "\"}", Api.as(ADMIN));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.array().getJsonObject(0).getString("reference")).isEqualTo(reference);
        assertThat(api.post("api/v1/coordinator/appointments/search", "{}", Api.as(ADMIN)).status()).isEqualTo(400);
        assertThat(api.post("api/v1/coordinator/appointments/search", "{\"q\":\"x\"}",
                Api.as(api.newStaff("ADVISER", null))).status()).isEqualTo(403);
        assertThat(api.get("api/v1/coordinator/appointments?from=2026-13-01", Api.as(ADMIN)).status())
                .isEqualTo(400);

        // the exports of that list: a CSV for Danish Excel and a spreadsheet, both logged
        String query = browser.findElement(By.id("csv")).getAttribute("href").replaceAll(".*\\?", "");
        var csv = api.get("api/v1/coordinator/appointments/export.csv?" + query, Api.as(ADMIN));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFDag;Fra kl.;Til kl.;Sted;Rådgiver;Reference;Navn;Telefon;E-mail")
                .contains(";Lokalkontoret;Amina Hassan;" + reference + ";Samira Haddad;" + resident + ";");
        var xlsx = api.getBytes("api/v1/coordinator/appointments/export.xlsx?" + query, Api.as(ADMIN));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Reference");
            assertThat(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                    .mapToObj(r -> sheet.getRow(r).getCell(5).getStringCellValue())).contains(reference);
        }
        // both exports are logged, also against the appointment itself (the resident's own report shows them)
        var log = api.get("api/v1/admin/access-log?action=EXPORT_APPOINTMENTS&subject=appointment:" + reference,
                Api.as(ADMIN)).array();
        assertThat(log).hasSize(2);
        assertThat(api.get("api/v1/admin/access-log?action=VIEW_APPOINTMENTS&subject=appointment:" + reference,
                Api.as(ADMIN)).array()).hasSizeGreaterThanOrEqualTo(2);

        // the workshop's participants and its line, on the page and in the export
        browser.get(deployment + "coordinator/events?lang=en");
        wait.until(ExpectedConditions.titleIs("Workshops and events"));
        assertThat(read(row("event", "Sewing club").findElement(By.cssSelector(".waiting")))).isEqualTo("1");
        row("event", "Sewing club").findElement(By.cssSelector(".name a")).click();
        wait.until(ExpectedConditions.titleIs("Participants"));
        assertThat(read(By.cssSelector("#participants .name"))).isEqualTo("Hodan Warsame");
        assertThat(read(By.cssSelector("#waitlist .waiting"))).startsWith("Leyla Demir");
        Accessibility.assertNoSeriousViolations(browser, "the participants page");
        String participants = browser.findElement(By.id("csv")).getAttribute("href")
                .replaceAll(".*/api/v1/", "api/v1/");
        var list = api.get(participants, Api.as(ADMIN));
        assertThat(list.body()).contains("Confirmed;;", "Hodan Warsame", "On the waiting list;1;", "Leyla Demir");
        assertThat(api.get("api/v1/admin/access-log?action=VIEW_PARTICIPANTS", Api.as(ADMIN)).array()).hasSize(1);

        // the front page now offers advice and workshops, and still no homework help or pavilion
        phone();
        browser.get(deployment + "?lang=da");
        assertThat(wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".offerings h2 a")))
                .stream().map(a -> a.getAttribute("id")).toList()).containsExactly("to-book", "to-events");
    }

    @Test
    @Order(9)
    void aClosedDayOfThePlansWithdrawsItsSlotsAtOnceAndOpeningItOffersThemAgain() throws Throwable {
        String coordinator = api.newStaff("COORDINATOR", null);
        String lokal = placeCode("Lokalkontoret");
        var tuesday = java.time.LocalDate.now(KOEGE).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.TUESDAY)).plusWeeks(1);
        String slotsThatDay = "api/v1/appointment-slots?place=" + lokal + "&from=" + tuesday + "&to=" + tuesday;
        assertThat(api.get(slotsThatDay).array()).as("Amina's Tuesday").isNotEmpty();

        assertThat(api.post("api/v1/coordinator/closed-days", "{}", Api.as(api.newStaff("VOLUNTEER", null)))
                .status()).isEqualTo(403);
        var bad = api.post("api/v1/coordinator/closed-days", "{\"day\":\"2020-01-01\",\"reason\":\" \"}",
                Api.with(Api.as(coordinator), "Accept-Language", "en"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("day", "reason");
        assertThat(fields(api.post("api/v1/coordinator/closed-days", "{\"day\":\"tuesday\",\"reason\":\"x\"}",
                Api.as(coordinator)).json())).containsExactly("day");
        String body = "{\"day\":\"" + tuesday + "\",\"reason\":\"Personaledag\"}";
        assertThat(api.post("api/v1/coordinator/closed-days", body, Api.as(coordinator)).status()).isEqualTo(201);
        assertThat(api.post("api/v1/coordinator/closed-days", body, Api.as(coordinator)).status()).isEqualTo(409);
        assertThat(api.get(slotsThatDay).array()).as("withdrawn at once").isEmpty();
        assertThat(api.get("api/v1/coordinator/closed-days", Api.as(coordinator)).array().getJsonObject(0)
                .getString("reason")).isEqualTo("Personaledag");

        assertThat(api.delete("api/v1/coordinator/closed-days/" + tuesday, Api.as(coordinator)).status())
                .isEqualTo(204);
        assertThat(api.delete("api/v1/coordinator/closed-days/" + tuesday, Api.as(coordinator)).status())
                .isEqualTo(404);
        assertThat(api.get(slotsThatDay).array()).as("offered again").isNotEmpty();

        // on the page, in place
        Browser.withEvidence(browser, "first-start-closed-days", () -> {
            laptop();
            browser.get(deployment + "coordinator/closed-days?lang=da");
            signInOnPage(ADMIN, ADMIN_PASSWORD);
            wait.until(ExpectedConditions.titleIs("Lukkedage"));
            setValue("closed:day", tuesday.toString());
            browser.findElement(By.id("closed:add")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("closed:reason-error")))
                    .getText()).isEqualTo("Skriv det her.");
            browser.findElement(By.id("closed:reason")).sendKeys("Flytning");
            browser.findElement(By.id("closed:add")).click();
            awaitDone(tuesday + " er lukket.");
            assertThat(read(By.cssSelector(".closed-day"))).startsWith(tuesday + " Flytning");
            Accessibility.assertNoSeriousViolations(browser, "the closed days");
            assertThat(api.get(slotsThatDay).array()).isEmpty();
        });
    }

    @Test
    @Order(10)
    void theCoordinatorMakesAHomeworkSeriesAndAPavilionBlockOnThePagesAndChangesBothFromNowOn() throws Throwable {
        Browser.withEvidence(browser, "first-start-homework-pavilion", this::homeworkAndPavilion);
    }

    private void homeworkAndPavilion() {
        laptop();
        browser.get(deployment + "coordinator/homework?lang=da");
        signInOnPage(ADMIN, ADMIN_PASSWORD);
        wait.until(ExpectedConditions.titleIs("Lektiehjælp: forløb"));
        assertThat(read(By.id("no-series"))).isNotBlank();
        var first = java.time.LocalDate.now(KOEGE).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.MONDAY)).plusWeeks(1);
        new Select(browser.findElement(By.id("series:place"))).selectByVisibleText("Lokalkontoret");
        for (var box : browser.findElements(By.cssSelector("input[name='series:weekdays']"))) {
            if (box.isSelected() != box.getAttribute("value").equals("WE")) {
                box.click();
            }
        }
        setValue("series:start", "15:00");
        setValue("series:end", "17:00");
        setValue("series:termFirst", first.toString());
        setValue("series:termLast", first.plusWeeks(4).minusDays(1).toString());
        browser.findElement(By.id("series:tutorsAny")).clear();
        browser.findElement(By.id("series:tutorsAny")).sendKeys("1");
        browser.findElement(By.id("series:childSeats")).clear();
        browser.findElement(By.id("series:childSeats")).sendKeys("6");
        browser.findElement(By.id("series:create")).click();
        awaitDone("oprettet med");
        var sessions = browser.findElements(By.cssSelector("li[id^='session-']"));
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(li -> assertThat(read(li)).contains("onsdag", "kl. 15:00"));
        Accessibility.assertNoSeriousViolations(browser, "a new series' sessions");

        // the series ends after its second Wednesday; the later ones are cancelled
        var lastDay = first.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.WEDNESDAY))
                .plusWeeks(1);
        setValue("end:lastDay", lastDay.toString());
        browser.findElement(By.id("end:end")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-end"))).getText())
                .startsWith("Afslut rækken");
        browser.findElement(By.id("end:yes")).click();
        awaitDone((sessions.size() - 2) + " gange er aflyst");
        var statuses = browser.findElements(By.cssSelector("li[id^='session-'] .status")).stream()
                .map(PageTest::read).toList();
        assertThat(statuses.subList(0, 2)).containsOnly("Planlagt");
        assertThat(statuses.subList(2, statuses.size())).containsOnly("Aflyst");
        setValue("end:lastDay", lastDay.plusWeeks(3).toString());
        browser.findElement(By.id("end:end")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("end:yes"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("end:lastDay-error"))).getText())
                .startsWith("Rækken slutter allerede");
        // nobody has taken the two left: they come off without a word to anyone
        browser.findElement(By.id("untaken:remove")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("untaken:yes"))).click();
        awaitDone("2 gange, som ingen havde taget, er taget af.");

        // a pavilion block on Saturdays, reached through the set-up group of the bar
        nav("nav-pavilion-blocks");
        wait.until(ExpectedConditions.titleIs("Pavillonens blokke"));
        new Select(browser.findElement(By.id("block:place"))).selectByVisibleText("Fælles Fremtid");
        new Select(browser.findElement(By.id("block:weekday"))).selectByValue("SATURDAY");
        setValue("block:start", "10:00");
        setValue("block:end", "13:00");
        var jobcentre = browser.findElement(By.xpath(
                "//form[@id='block']//label[normalize-space()='Jobcenter Køge']"));
        browser.findElement(By.id(jobcentre.getAttribute("for"))).sendKeys("1");
        Accessibility.assertNoSeriousViolations(browser, "the pavilion blocks page");
        browser.findElement(By.id("block:create")).click();
        awaitDone("Blokken er oprettet med");
        assertThat(read(By.cssSelector("li[data-block] .text"))).isEqualTo("Fælles Fremtid: lørdag 10:00–13:00 · "
                + "Jobcenter Køge × 1");

        // the rota of next week: Saturday's column, the block's line, Jobcenter Køge missing one
        var saturday = java.time.LocalDate.now(KOEGE).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.SATURDAY)).plusWeeks(1);
        browser.get(deployment + "coordinator/rota?lang=da&week=" + String.format("%d-W%02d",
                saturday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                saturday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        var cell = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.cell.gap")));
        assertThat(read(cell.findElement(By.cssSelector(".who")))).isEqualTo("Jobcenter Køge");
        var line = cell.findElement(By.xpath("ancestor::tr"));
        assertThat(read(line.findElement(By.cssSelector("th")))).contains("10:00–13:00", "Fælles Fremtid");
        assertThat(line.findElements(By.cssSelector("td")).indexOf(cell.findElement(By.xpath("ancestor::td"))))
                .as("Saturday's column").isEqualTo(5);
        Accessibility.assertNoSeriousViolations(browser, "the rota as a week grid");

        // the sewing club moves half an hour and gets a second place: both signed up are told, the second is offered it
        browser.get(deployment + "coordinator/events?lang=da");
        row("event", "Syklub").findElement(By.cssSelector(".edit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("form-title"), "Ret arrangementet"));
        String start = browser.findElement(By.id("event:start")).getAttribute("value");
        assertThat(start).endsWith("T17:00");
        browser.findElement(By.id("event:titleDa")).clear();
        browser.findElement(By.id("event:titleEn")).clear();
        browser.findElement(By.id("event:create")).click();
        awaitProblem("Titel på dansk: Skriv en tekst.");
        assertThat(read(By.id("error-summary"))).as("each problem names its field")
                .contains("Titel på engelsk: Skriv en tekst.");
        browser.findElement(By.id("event:titleDa")).sendKeys("Syklub");
        browser.findElement(By.id("event:titleEn")).sendKeys("Sewing club");
        setValue("event:start", start.replace("T17:00", "T17:30"));
        setValue("event:end", start.replace("T17:00", "T19:30"));
        browser.findElement(By.id("event:capacity")).clear();
        browser.findElement(By.id("event:capacity")).sendKeys("2");
        Accessibility.assertNoSeriousViolations(browser, "an event being changed");
        browser.findElement(By.id("event:create")).click();
        awaitDone("Syklub er ændret. 2 tilmeldte har fået besked, og 1 på ventelisten har fået tilbudt en plads.");
        assertThat(read(row("event", "Syklub").findElement(By.cssSelector(".seats")))).isEqualTo("2 / 2");
        assertThat(read(row("event", "Syklub").findElement(By.cssSelector(".when")))).contains("17:30");

        // Amina's holiday is called off, then her Tuesdays at the local office end (asked once more): the booked
        // Tuesday stands and is counted, the free times go
        String lokal = placeCode("Lokalkontoret");
        var from = java.time.LocalDate.now(KOEGE);
        String free = "api/v1/appointment-slots?place=" + lokal + "&from=" + from + "&to=" + from.plusDays(20);
        nav("nav-advisers");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".adviser .absence input.remove-absence")))
                .click();
        awaitDone("Fraværet er fjernet");
        assertThat(browser.findElements(By.cssSelector(".adviser .absence"))).isEmpty();
        assertThat(api.get(free).array()).isNotEmpty();
        browser.findElement(By.cssSelector(".adviser tr.hours input.end-hours")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".adviser tr.hours .confirm")))
                .getText()).startsWith("Afslut tiderne fra i dag?");
        Accessibility.assertNoSeriousViolations(browser, "the advisers page asking before hours end");
        browser.findElement(By.cssSelector(".adviser tr.hours input.confirm-end")).click();
        awaitDone("Tiderne er afsluttet, og de ledige tider er taget af. 1 bookede aftaler står stadig");
        assertThat(api.get(free).array()).as("no free times at the local office any more").isEmpty();
    }

    private void signUp(String name, String phone) throws InterruptedException {
        browser.get(deployment + "events?lang=en");
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Sewing club"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name"))).sendKeys(name);
        browser.findElement(By.id("signup:phone")).sendKeys(phone);
        browser.findElement(By.id("signup:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")))
                .sendKeys(twilio.awaitCode(phone, 1));
        browser.findElement(By.id("verify:submit")).click();
    }

    private String placeCode(String name) {
        return api.get("api/v1/coordinator/places", Api.as(ADMIN)).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getString("code");
    }

    private static void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), value);
    }

    private static String invite(String role, String organisation) {
        var b = Json.createObjectBuilder().add("name", "Ny Medarbejder").add("email", Api.newEmail())
                .add("role", role);
        if (organisation != null) {
            b.add("organisation", organisation);
        }
        return b.build().toString();
    }

    private void place(String name, String street, String postcode, String town) {
        for (var field : List.of("name", "street", "postcode", "town")) {
            browser.findElement(By.id("place:" + field)).clear();
        }
        browser.findElement(By.id("place:name")).sendKeys(name);
        browser.findElement(By.id("place:street")).sendKeys(street);
        browser.findElement(By.id("place:postcode")).sendKeys(postcode);
        browser.findElement(By.id("place:town")).sendKeys(town);
        browser.findElement(By.id("place:save")).click();
    }

    private void organisation(String name, String helpsWith) {
        browser.findElement(By.id("organisation:name")).clear();
        browser.findElement(By.id("organisation:name")).sendKeys(name);
        browser.findElement(By.id("organisation:helpsWith")).sendKeys(helpsWith);
        browser.findElement(By.id("organisation:save")).click();
    }

    private static org.openqa.selenium.WebElement row(String kind, String name) {
        return browser.findElements(By.cssSelector("tr." + kind)).stream()
                .filter(r -> read(r.findElement(By.cssSelector(".name"))).equals(name)).findFirst().orElseThrow();
    }

    private static String placeJson(String name, String street, String postcode, String town) {
        return Json.createObjectBuilder().add("name", name).add("street", street).add("postcode", postcode)
                .add("town", town).build().toString();
    }

    private static String workshopJson(String place, String start, String end) {
        return Json.createObjectBuilder().add("place", place)
                .add("title", Json.createObjectBuilder().add("da", "Syværksted").add("en", "Sewing workshop"))
                .add("description", Json.createObjectBuilder().add("da", "Vi syr sammen.").add("en", "We sew."))
                .add("start", start).add("end", end).add("capacity", 10).build().toString();
    }

    private String newLink() {
        var made = api.post("api/v1/test-support/setup-link", null);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        String link = made.json().getString("link");
        assertThat(link).startsWith("https://helhed.test/setup?token=");
        return link;
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String answers(String token, String planName, String adminEmail, String password) {
        return Json.createObjectBuilder().add("token", token).add("planName", planName)
                .add("controller", "Boligselskabet, Vej 1, 4600 Køge").add("contact", "data@helhed.test")
                .add("adminName", "Sara").add("adminEmail", adminEmail).add("adminPassword", password).build()
                .toString();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .toList();
    }
}
