package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
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
