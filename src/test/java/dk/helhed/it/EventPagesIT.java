package dk.helhed.it;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.SmsSegments;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents find an event from the offerings page, sign up with the SMS code, join the waitlist of a full event
 * (in Arabic), sign up in Somali and in Urdu, and accept a place offered from the line through the link in the SMS;
 * in headless Chromium, 360 px wide, with axe-core on every page they see.
 */
class EventPagesIT extends PageTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static FakeTwilio twilio;

    @BeforeAll
    static void startFakeTwilio() throws Exception {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
    }

    @AfterAll
    static void stopFakeTwilio() {
        twilio.stop();
    }

    @Test
    void aResidentFindsAnEventFromTheOfferingsSignsUpWithTheCodeAndHasAPlace() throws Throwable {
        Browser.withEvidence(browser, "event-pages-place", this::signsUpForAPlace);
    }

    @Test
    void aResidentPicksArabicAndJoinsTheWaitlistOfAFullEvent() throws Throwable {
        Browser.withEvidence(browser, "event-pages-waitlist-arabic", this::joinsTheWaitlistInArabic);
    }

    @Test
    void whenThePlaceHolderCancelsTheFirstInLineAcceptsTheOfferedPlaceOnThePage() throws Throwable {
        Browser.withEvidence(browser, "event-pages-offer", this::acceptsAnOffer);
    }

    @Test
    void aResidentPicksSomaliSignsUpForAnEventInTwoWeeksAndThenCancelsFromTheSmsLink() throws Throwable {
        Browser.withEvidence(browser, "event-pages-somali", () -> signsUpIn(Language.SO, "Hodan Cali"));
    }

    @Test
    void aResidentPicksUrduSignsUpForAnEventInTwoWeeksAndThenCancelsFromTheSmsLink() throws Throwable {
        Browser.withEvidence(browser, "event-pages-urdu", () -> signsUpIn(Language.UR, "عائشہ خان"));
    }

    /**
     * The resident picks the language on the events list, finds an event twelve days ahead among the others, is told
     * in place what is missing, signs up with the code, reads the outcome and the SMS in the language, and cancels
     * from the link in the SMS. The coordinator wrote the event in Danish, English and Arabic only: its Danish title
     * is shown, marked Danish and left to right on an Urdu page too.
     */
    private void signsUpIn(Language language, String name) throws Exception {
        long id = createEvent(2, 12);
        createEvent(5, 2);
        String phone = Api.newPhone();

        browser.get(deployment + "events");
        pick(language.tag());
        assertPageIn(language);
        assertThat(browser.getTitle()).isEqualTo(Texts.text(language, "page.events.title"));
        var link = wait.until(ExpectedConditions.elementToBeClickable(By.id("event-" + id)));
        assertThat(link.getText()).isEqualTo("Kvindecafé");
        assertThat(link.getAttribute("lang") + " " + link.getAttribute("dir")).as("a Danish title on the page")
                .isEqualTo("da ltr");
        assertThat(browser.findElement(By.id("places-" + id)).getText())
                .isEqualTo(Texts.text(language, "page.events.places-left", 2));
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " events list");
        link.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name")));
        assertPageIn(language);
        assertThat(browser.findElement(By.id("title")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.cssSelector("#where bdi")).getAttribute("lang")).isEqualTo("da");
        var start = LocalDate.now(KOEGE).plusDays(12);
        assertThat(read(By.id("when"))).contains(start.getDayOfWeek().getDisplayName(TextStyle.FULL,
                language.locale()), "18:00–20:00");
        browser.findElement(By.id("signup:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertPageIn(language);
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains(Texts.text(language, "field.name.empty"), Texts.text(language, "field.phone.empty"));
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " event page with problems");

        browser.findElement(By.id("signup:name")).sendKeys(name);
        browser.findElement(By.id("signup:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("signup:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        assertPageIn(language);
        enterCode(phone, "the " + language + " code step");
        assertThat(twilio.sentTo(phone).get(0).body()).contains(wordsOf(language, "message.verification.sms"));

        var outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertPageIn(language);
        assertThat(outcome.getText()).isEqualTo(Texts.text(language, "page.event-signup.status.confirmed"));
        Files.write(Path.of("target", "event-pages-" + language.tag() + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " confirmation");
        var places = api.get("api/v1/test-support/events/" + id + "/participants").json().getJsonArray("participants");
        assertThat(places).singleElement().satisfies(p -> assertThat(p.asJsonObject().getString("name"))
                .isEqualTo(name));

        String sms = twilio.awaitSentTo(phone, 2).get(1).body();
        assertThat(sms).contains(wordsOf(language, "message.event.confirmation.sms")).contains("Kvindecafé");
        assertThat(SmsSegments.of(sms).count()).as(sms).isLessThanOrEqualTo(3);

        String manage = sms.replaceAll("(?s).*(https://helhed\\.test/\\S+).*", "$1");
        browser.manage().deleteAllCookies();
        browser.get(manage.replace("https://helhed.test/", deployment.toString()));
        var status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-status")));
        assertPageIn(language);
        assertThat(status.getText()).isEqualTo(Texts.text(language, "page.event-signup.status.confirmed"));
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " sign-up page");
        browser.findElement(By.id("signup:cancel")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("signup:confirm-cancel"))).click();
        awaitDone(Texts.text(language, "page.event-signup.cancelled"));
        assertPageIn(language);
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " sign-up page after cancelling");
    }

    private void signsUpForAPlace() throws Exception {
        long id = createEvent(3);
        String phone = Api.newPhone();
        // the front page offers only what exists: an adviser with weekly hours makes advice bookable
        api.newWeeklyHours("da");

        browser.get(deployment.toString());
        assertThat(browser.getTitle()).isEqualTo("Helhedsplanens tilbud");
        assertThat(browser.findElement(By.id("to-book")).getAttribute("href")).endsWith("/book");
        // the way in for volunteers and staff
        assertThat(browser.findElement(By.id("to-join")).getAttribute("href")).endsWith("/join?lang=da");
        assertThat(browser.findElement(By.id("to-login")).getAttribute("href")).endsWith("/login?lang=da");
        Accessibility.assertNoSeriousViolations(browser, "the offerings page");
        browser.findElement(By.id("to-join")).click();
        wait.until(ExpectedConditions.titleIs("Bliv frivillig"));
        browser.findElement(By.id("nav-home")).click();
        wait.until(ExpectedConditions.titleIs("Helhedsplanens tilbud"));
        browser.findElement(By.id("to-events")).click();

        var link = wait.until(ExpectedConditions.elementToBeClickable(By.id("event-" + id)));
        assertThat(browser.getTitle()).isEqualTo("Workshops og arrangementer");
        assertThat(link.getText()).isEqualTo("Kvindecafé");
        assertThat(browser.findElement(By.id("places-" + id)).getText()).isEqualTo("Ledige pladser: 3");
        Accessibility.assertNoSeriousViolations(browser, "the events list");
        link.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Kvindecafé");
        assertThat(read(By.id("when"))).contains("kl. 18:00–20:00");
        assertThat(browser.findElement(By.id("map")).getAttribute("href"))
                .startsWith("https://www.openstreetmap.org/search?query=");
        Accessibility.assertNoSeriousViolations(browser, "the event page");
        browser.findElement(By.id("signup:submit")).click();
        awaitProblem("Skriv dit navn.");
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains("Skriv dit navn.", "Skriv dit telefonnummer.");
        browser.findElement(By.id("signup:name")).sendKeys("Amina Yusuf");
        browser.findElement(By.id("signup:phone")).sendKeys("+46 70 123 45 67");
        browser.findElement(By.id("signup:submit")).click();
        awaitProblem("Skriv et dansk telefonnummer (+45).");
        browser.findElement(By.id("signup:name")).clear();
        browser.findElement(By.id("signup:phone")).clear();
        Accessibility.assertNoSeriousViolations(browser, "the event page with errors");

        browser.findElement(By.id("signup:name")).sendKeys("Amina Yusuf");
        browser.findElement(By.id("signup:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("signup:submit")).click();
        var codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        Accessibility.assertNoSeriousViolations(browser, "the code step");
        String code = twilio.awaitCode(phone, 1);
        codeField.sendKeys(code.equals("000000") ? "111111" : "000000");
        browser.findElement(By.id("verify:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem"), "Koden passer ikke"));
        Accessibility.assertNoSeriousViolations(browser, "the code step with a wrong code");
        browser.findElement(By.id("verify:code")).sendKeys(code);
        browser.findElement(By.id("verify:submit")).click();

        var outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertThat(outcome.getText()).isEqualTo("Du har en plads.");
        Accessibility.assertNoSeriousViolations(browser, "the confirmation");
        assertThat(twilio.awaitSentTo(phone, 2).get(1).body()).startsWith("Din plads til Kvindecafé er bekræftet");
        assertThat(api.get("api/v1/events/" + id).json().getInt("placesLeft")).isEqualTo(2);

        // her sister comes too, on the same phone
        assertThat(signUpAnother("another-person", "Leyla Yusuf", phone, twilio, 3)).isEqualTo("Du har en plads.");
        assertThat(api.get("api/v1/events/" + id).json().getInt("placesLeft")).isEqualTo(1);
    }

    private void joinsTheWaitlistInArabic() throws Exception {
        long id = createEvent(1);
        signUpVerified(id, "Amina");
        String phone = Api.newPhone();

        browser.get(deployment + "events");
        pick("ar");
        var link = wait.until(ExpectedConditions.elementToBeClickable(By.id("event-" + id)));
        assertThat(browser.getTitle()).isEqualTo("ورش عمل وفعاليات");
        assertThat(link.getText()).isEqualTo("مقهى النساء");
        assertThat(browser.findElement(By.id("places-" + id)).getText())
                .isEqualTo("مكتملة – يمكنك الانضمام إلى قائمة الانتظار");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic events list");
        link.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name")));
        assertThat(page().getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("مقهى النساء");
        assertThat(browser.findElement(By.id("description")).getAttribute("lang"))
                .as("no Arabic description: the Danish one, marked as Danish").isEqualTo("da");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic event page");
        browser.findElement(By.id("signup:name")).sendKeys("هودان ورسامي");
        browser.findElement(By.id("signup:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("signup:submit")).click();
        enterCode(phone, "the Arabic code step");
        assertThat(twilio.sentTo(phone).get(0).body()).startsWith("رمزك هو");

        var outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertThat(outcome.getText()).isEqualTo("أنت رقم 1 في قائمة الانتظار.");
        assertThat(page().getAttribute("dir")).as("the form keeps the language").isEqualTo("rtl");
        Files.write(Path.of("target", "event-pages-waitlist-arabic.png"), browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the Arabic waitlist confirmation");
        var line = api.get("api/v1/test-support/events/" + id + "/participants").json().getJsonArray("waitlist");
        assertThat(line).singleElement().satisfies(s -> {
            assertThat(s.asJsonObject().getString("name")).as("an Arabic name survives the form")
                    .isEqualTo("هودان ورسامي");
            assertThat(s.asJsonObject().getInt("position")).isEqualTo(1);
        });
    }

    private void acceptsAnOffer() throws Exception {
        long id = createEvent(1);
        String holder = signUpVerified(id, "Amina");
        String waiting = Api.newPhone();
        var held = api.post("api/v1/events/" + id + "/signups", Json.createObjectBuilder().add("name", "Hodan")
                .add("phone", waiting).add("language", "en").build().toString());
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        String token = held.json().getString("manageToken");
        assertThat(api.post("api/v1/events/signups/" + token + "/verify",
                "{\"code\":\"" + twilio.awaitCode(waiting, 1) + "\"}").json().getString("status"))
                .isEqualTo("WAITLISTED");

        assertThat(api.post("api/v1/events/signups/" + holder + "/cancel", null).status()).isEqualTo(200);
        String offer = twilio.awaitSentTo(waiting, 3).get(2).body();
        assertThat(offer).startsWith("There is a place for you at Women's café");
        String link = offer.replaceAll("(?s).*(https://helhed\\.test/\\S+).*", "$1");

        browser.get(link.replace("https://helhed.test/", deployment.toString()));
        var status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-status")));
        assertThat(page().getAttribute("lang")).as("the resident's language").isEqualTo("en");
        assertThat(status.getText()).startsWith("There is a place for you.");
        assertThat(read(By.id("when"))).contains("18:00–20:00");
        Accessibility.assertNoSeriousViolations(browser, "the offer page");
        browser.findElement(By.id("signup:accept")).click();

        awaitDone("You have accepted the place.");
        assertThat(browser.findElement(By.id("signup-status")).getText()).isEqualTo("You have a place.");
        Accessibility.assertNoSeriousViolations(browser, "the offer page after accepting");
        assertThat(api.get("api/v1/events/signups/" + token).json().getString("status")).isEqualTo("CONFIRMED");

        // the page has a language picker that keeps the link; cancelling asks once
        browser.findElement(By.cssSelector("nav.languages a[hreflang='da']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "da"));
        assertThat(browser.getCurrentUrl()).contains("t=" + link.replaceAll(".*t=", ""));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Kvindecafé");
        browser.findElement(By.id("signup:cancel")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("signup:confirm-cancel"))).click();
        awaitDone("Du er afmeldt.");
        assertThat(api.get("api/v1/events/signups/" + token).json().getString("status")).isEqualTo("CANCELLED");
        assertThat(browser.findElement(By.id("sign-up-again")).getAttribute("href")).contains("/events?lang=da");
        Accessibility.assertNoSeriousViolations(browser, "the sign-up page after cancelling");

        // a link nobody knows, asked for in Arabic, answers in Arabic
        browser.get(deployment + "event-signup?t=AAAAAAAAAAAAAAAAAAAAAA&lang=ar");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unknown"))).getText())
                .isEqualTo("لا نجد تسجيلا بهذا الرابط. ربما الرابط غير كامل.");
        assertThat(page().getAttribute("dir")).isEqualTo("rtl");
        Accessibility.assertNoSeriousViolations(browser, "an unknown sign-up link in Arabic");
    }

    /** Signs up through the API and enters the code; returns the sign-up's token. */
    private String signUpVerified(long eventId, String name) throws InterruptedException {
        String phone = Api.newPhone();
        var held = api.post("api/v1/events/" + eventId + "/signups",
                Json.createObjectBuilder().add("name", name).add("phone", phone).build().toString());
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        String token = held.json().getString("manageToken");
        var verified = api.post("api/v1/events/signups/" + token + "/verify",
                "{\"code\":\"" + twilio.awaitCode(phone, 1) + "\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return token;
    }

    private long createEvent(int capacity) {
        return createEvent(capacity, 5);
    }

    private long createEvent(int capacity, int daysAhead) {
        String place = api.post("api/v1/test-support/places", null).json().getString("code");
        LocalDateTime start = LocalDate.now(KOEGE).plusDays(daysAhead).atTime(18, 0);
        var json = Json.createObjectBuilder().add("place", place)
                .add("title", Json.createObjectBuilder().add("da", "Kvindecafé").add("en", "Women's café")
                        .add("ar", "مقهى النساء"))
                .add("description", Json.createObjectBuilder().add("da", "Vi spiser sammen.")
                        .add("en", "We eat together."))
                .add("start", start.toString()).add("end", start.plusHours(2).toString()).add("capacity", capacity);
        var created = api.post("api/v1/test-support/events", json.build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private void enterCode(String phone, String page) throws InterruptedException {
        var codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        Accessibility.assertNoSeriousViolations(browser, page);
        codeField.sendKeys(twilio.awaitCode(phone, 1));
        browser.findElement(By.id("verify:submit")).click();
    }

    private void pick(String tag) {
        browser.findElement(By.cssSelector("nav.languages a[hreflang='" + tag + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
        assertThat(page().getAttribute("dir")).isEqualTo(Language.fromTag(tag).orElseThrow().direction());
    }

    private static WebElement page() {
        return browser.findElement(By.tagName("html"));
    }
}
