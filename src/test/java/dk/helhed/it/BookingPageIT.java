package dk.helhed.it;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.SmsSegments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident books on the booking page in a real headless Chromium, 360 px wide like a small phone: in Danish (the
 * default), and in Arabic, English, Somali and Urdu through the language picker. axe-core checks every page a resident
 * sees.
 */
class BookingPageIT extends PageTest {
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

    /** Runs the steps; when they fail, leaves a screenshot and the page's HTML in target/. */
    @Test
    void aResidentBooksAFreeSlotWithNameAndPhoneAndSeesTheConfirmation() throws Throwable {
        Browser.withEvidence(browser, "booking-page", this::booksAFreeSlot);
    }

    @Test
    void aResidentPicksArabicBooksAndGetsAnArabicPageAndSms() throws Throwable {
        Browser.withEvidence(browser, "booking-page-arabic", this::booksInArabic);
    }

    @Test
    void aResidentPicksEnglishAndGetsAnEnglishConfirmationAndSms() throws Throwable {
        Browser.withEvidence(browser, "booking-page-english", this::booksInEnglish);
    }

    @Test
    void aResidentPicksSomaliAsksForASomaliSpeakingAdviserNextWeekAndBooksInSomali() throws Throwable {
        Browser.withEvidence(browser, "booking-page-somali", () -> booksIn(Language.SO, "Hodan Cali"));
    }

    @Test
    void aResidentPicksUrduAsksForASomaliSpeakingAdviserNextWeekAndBooksInUrdu() throws Throwable {
        Browser.withEvidence(browser, "booking-page-urdu", () -> booksIn(Language.UR, "عائشہ خان"));
    }

    /**
     * At a place with two advisers' times next week and one this week, the resident picks the language in the
     * picker, filters by a Somali-speaking adviser, goes to next week, is told in place what is missing, takes the
     * second time of the day (15:00), enters the code, and reads the confirmation, the SMS and the manage page in
     * the language; the page's Danish place names and the times are marked apart from it.
     */
    private void booksIn(Language language, String name) throws Exception {
        var api = new Api(deployment);
        LocalDate day = LocalDate.now(KOEGE).plusDays(9);
        var first = api.newSlot(ZonedDateTime.of(day, LocalTime.of(14, 0), KOEGE).toInstant(), "da,so");
        api.newSlotBeside(first, ZonedDateTime.of(day, LocalTime.of(15, 0), KOEGE).toInstant());
        api.newSlotBeside(first, ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(1), LocalTime.of(10, 0), KOEGE)
                .toInstant());
        String placeName = first.getString("placeName");
        String phone = Api.newPhone();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(deployment + "book?place=" + first.getString("place"));
        pick(language.tag(), wait);
        assertPageIn(language);
        assertThat(browser.getTitle()).isEqualTo(Texts.text(language, "page.book.title"));
        // the picker names each language in itself, in its own script and direction
        assertThat(browser.findElements(By.cssSelector("nav.languages [lang]"))).extracting(e -> e.getAttribute("lang")
                + ":" + e.getAttribute("dir") + ":" + e.getText()).containsExactly("da:ltr:Dansk", "en:ltr:English",
                "ar:rtl:العربية", "so:ltr:Soomaali", "tr:ltr:Türkçe", "ur:rtl:اردو");
        // the Danish address is marked as Danish, apart from the page's language
        assertThat(browser.findElement(By.cssSelector("#place-address bdi")).getAttribute("lang")).isEqualTo("da");

        // advisers who speak Somali: the language named in itself, and in the page's language where that differs
        var somali = browser.findElement(By.xpath("//nav[@id='speaks']//a[bdi[@lang='so']]"));
        String somaliHere = new SpokenLanguage("so").nameIn(language);
        assertThat(read(somali)).isEqualTo(language == Language.SO ? "Soomaali" : "Soomaali (" + somaliHere + ")");
        somali.click();
        wait.until(ExpectedConditions.urlContains("speaks=so"));
        String thisWeek = read(By.id("week"));
        browser.findElement(By.id("book:next-week")).click();
        wait.until(d -> !read(By.id("week")).equals(thisWeek));
        assertPageIn(language);
        assertThat(read(By.id("week"))).contains(Texts.day(language, LocalDate.now(KOEGE).plusDays(7)));
        var choice = slotAt("15:00");
        assertThat(read(label(choice))).as("the adviser's languages in the page's language")
                .contains(day.getDayOfWeek().getDisplayName(TextStyle.FULL, language.locale()), somaliHere, new SpokenLanguage("da").nameIn(language));
        assertThat((String) browser.executeScript("return arguments[0].textContent", label(choice)))
                .as("the times read left to right in any language").contains("\u206615:00\u2060–\u206015:45\u2069");
        Accessibility.assertNoSeriousViolations(browser, language + " booking page, next week, Somali advisers");

        // nothing chosen or typed: every problem in the language, in place, and still next week
        browser.findElement(By.id("book:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertPageIn(language);
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains(Texts.text(language, "field.slot.empty"), Texts.text(language, "field.name.empty"),
                        Texts.text(language, "field.phone.empty"));
        Accessibility.assertNoSeriousViolations(browser, language + " booking page with problems");

        slotAt("15:00").click();
        browser.findElement(By.id("book:name")).sendKeys(name);
        browser.findElement(By.id("book:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("book:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        assertPageIn(language);
        enterCode(phone, wait, "the " + language + " code page");
        String code = twilio.sentTo(phone).get(0).body();
        assertThat(code).contains(wordsOf(language, "message.verification.sms"));
        assertThat(SmsSegments.of(code).count()).isLessThanOrEqualTo(1);

        var reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
        assertPageIn(language);
        assertThat(browser.findElement(By.cssSelector("#done h2")).getText())
                .isEqualTo(Texts.text(language, "page.book.done.title"));
        assertThat(read(By.id("when"))).contains("15:00–15:45");
        assertThat(browser.findElement(By.cssSelector("#where bdi")).getAttribute("lang")).isEqualTo("da");
        assertThat(read(By.cssSelector("#where bdi"))).isEqualTo(placeName);
        Files.write(Path.of("target", "booking-page-" + language.tag() + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " confirmation");
        assertThat(api.appointment(reference).getString("name")).isEqualTo(name);
        assertThat(api.appointment(reference).getString("language")).isEqualTo(language.tag());

        var sms = twilio.awaitSentTo(phone, 2).get(1).body();
        assertThat(sms).contains(wordsOf(language, "message.confirmation.sms")).contains(placeName, reference,
                "15:00-15:45");
        assertThat(SmsSegments.of(sms).count()).as(sms).isLessThanOrEqualTo(3);

        String link = sms.replaceAll("(?s).*(https://helhed\\.test/\\S+).*", "$1");
        browser.manage().deleteAllCookies();
        browser.get(link.replace("https://helhed.test/", deployment.toString()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        assertPageIn(language);
        assertThat(browser.getTitle()).isEqualTo(Texts.text(language, "page.manage.title"));
        Accessibility.assertNoSeriousViolations(browser, "the " + language + " manage page");
    }

    private static WebElement label(WebElement radio) {
        return browser.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"));
    }

    private static WebElement slotAt(String time) {
        return browser.findElements(By.cssSelector("input[name='book:slot']")).stream()
                .filter(r -> read(label(r)).contains(time)).findFirst().orElseThrow(() -> new AssertionError(
                        "no time at " + time + " in " + read(By.id("book"))));
    }

    private void booksAFreeSlot() throws Exception {
        var api = new Api(deployment);
        var slot = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(2), LocalTime.of(15, 0), KOEGE)
                .toInstant());
        String phone = Api.newPhone();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        // a week on, the page shows the following week, and back
        var nextWeek = api.newSlotBeside(slot, ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(9), LocalTime.of(10, 0),
                KOEGE).toInstant());
        browser.get(deployment + "book?place=" + slot.getString("place"));
        assertThat(browser.findElements(By.id("book:previous-week"))).as("no weeks in the past").isEmpty();
        browser.findElement(By.id("book:next-week")).click();
        var following = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='book:slot']")));
        assertThat(browser.findElements(By.cssSelector("input[name='book:slot']"))).hasSize(1);
        assertThat(following.getAttribute("value")).isEqualTo(String.valueOf(nextWeek.getJsonNumber("id").longValue()));
        browser.findElement(By.id("book:previous-week")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("book:previous-week")));

        browser.get(deployment + "book?place=" + slot.getString("place"));
        assertThat(browser.getTitle()).isEqualTo("Book en tid hos en rådgiver");
        assertThat(page().getAttribute("lang")).isEqualTo("da");
        Accessibility.assertNoSeriousViolations(browser, "the booking page");
        var choice = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='book:slot']")));
        assertThat(read(By.cssSelector("label[for='" + choice.getAttribute("id") + "']")))
                .as("from start to end").contains("kl. 15:00–15:45");
        assertThat(read(By.id("place-address"))).isEqualTo("Adresse: " + slot.getString("placeName")
                + " · Se på kort");

        browser.findElement(By.id("book:submit")).click();
        awaitProblem("Vælg en tid.");
        assertThat(browser.findElements(By.cssSelector("#error-summary li"))).extracting(e -> e.getText())
                .containsExactly("Vælg en tid.", "Skriv dit navn.", "Skriv dit telefonnummer.");
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(e -> e.getText())
                .contains("Vælg en tid.", "Skriv dit navn.", "Skriv dit telefonnummer.");
        Accessibility.assertNoSeriousViolations(browser, "the booking page with errors");

        browser.findElement(By.cssSelector("input[name='book:slot']")).click();
        browser.findElement(By.id("book:name")).sendKeys("Hodan Warsame");
        browser.findElement(By.id("book:phone")).sendKeys("12 34");
        browser.findElement(By.id("book:submit")).click();
        // the only problem, at the top where a phone shows it, linked to its field, which says it is wrong
        awaitProblem("Telefonnummeret er ikke gyldigt. Skriv dit mobilnummer med 8 cifre, fx 20 30 40 50.");
        assertThat(((Number) browser.executeScript("return window.scrollY")).intValue()).isZero();
        var toField = browser.findElement(By.cssSelector("#error-summary a"));
        assertThat(toField.getAttribute("href")).endsWith("#book:phone");
        var phoneInput = browser.findElement(By.id("book:phone"));
        assertThat(phoneInput.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phoneInput.getAttribute("aria-describedby")).isEqualTo("book:phone-error");
        assertThat(browser.findElement(By.id("book:phone-error")).getText()).startsWith("Telefonnummeret er ikke");
        assertThat(browser.findElement(By.id("book:name")).getAttribute("aria-invalid")).isNull();
        assertThat(phoneInput.getAttribute("value")).as("nothing typed is lost").isEqualTo("12 34");
        assertThat(browser.findElement(By.id("book:name")).getAttribute("value")).isEqualTo("Hodan Warsame");
        toField.click();
        assertThat(browser.getCurrentUrl()).endsWith("#book:phone");

        browser.findElement(By.cssSelector("input[name='book:slot']")).click();
        var phoneField = browser.findElement(By.id("book:phone"));
        phoneField.clear();
        phoneField.sendKeys(phone.substring(3, 5) + " " + phone.substring(5, 7) + " " + phone.substring(7));
        browser.findElement(By.id("book:submit")).click();

        // the slot is held; the code from the SMS books it
        var codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        String code = twilio.awaitCode(phone, 1);
        codeField.sendKeys(code.equals("000000") ? "111111" : "000000");
        browser.findElement(By.id("verify:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem"), "Koden passer ikke"));
        browser.findElement(By.id("verify:code")).sendKeys(code);
        browser.findElement(By.id("verify:submit")).click();

        var reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
        assertThat(reference).matches("H-[2-9A-HJ-NP-Z]{8}");
        assertThat(read(By.id("when"))).contains("kl. 15:00–15:45");
        assertThat(browser.findElement(By.id("where")).getText()).isEqualTo(slot.getString("placeName"));
        assertThat(browser.findElement(By.id("map")).getAttribute("href"))
                .startsWith("https://www.openstreetmap.org/search?query=");
        Files.write(Path.of("target", "booking-page-confirmation.png"), browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the confirmation");

        var sms = twilio.awaitSentTo(phone, 2).subList(1, 2);
        assertThat(sms).singleElement().satisfies(s -> assertThat(s.body()).contains(reference, "kl. 15:00-15:45",
                slot.getString("placeName")));
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place") + "&to=" + LocalDate.now(KOEGE).plusDays(6)).array()).isEmpty();

        // the link in the SMS opens the manage page; opening it changes nothing, the button cancels
        String link = sms.get(0).body().replaceAll("(?s).*(https://helhed\\.test/\\S+).*", "$1");
        browser.get(link.replace("https://helhed.test/", deployment.toString()));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText())
                .isEqualTo(reference);
        Accessibility.assertNoSeriousViolations(browser, "the manage page");
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place") + "&to=" + LocalDate.now(KOEGE).plusDays(6)).array()).isEmpty();
        // move to another free time at the same place: same reference, new time, the resident is told
        api.newSlotBeside(slot, ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(3), LocalTime.of(11, 0), KOEGE)
                .toInstant());
        browser.navigate().refresh();
        var later = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='move:slot']")));
        assertThat(read(By.cssSelector("label[for='" + later.getAttribute("id") + "']"))).contains("kl. 11:00");
        later.click();
        browser.findElement(By.id("move:submit")).click();
        // what went well is a status, never red like a problem
        awaitDone("Aftalen er flyttet. Vi har sendt dig den nye tid.");
        assertThat(browser.findElement(By.cssSelector("#status .success")).getCssValue("color"))
                .as("not the red of a problem").doesNotContain("164, 22, 26");
        assertThat(read(By.id("when"))).contains("kl. 11:00");
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(reference);
        assertThat(twilio.awaitSentTo(phone, 3).get(2).body()).startsWith("Din aftale er flyttet til")
                .contains("kl. 11:00", reference);
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place") + "&to=" + LocalDate.now(KOEGE).plusDays(6)).array())
                .as("the old time is free again").hasSize(1);
        // cancelling asks once, without script: "no" keeps it, "yes" cancels
        browser.findElement(By.id("manage:cancel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage:confirm")));
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the question has the focus, so a phone shows it, not the top of the page")
                .isEqualTo("manage:confirm");
        Accessibility.assertNoSeriousViolations(browser, "the manage page asking before it cancels");
        browser.findElement(By.id("manage:keep")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage:cancel")));
        assertThat(api.appointment(reference).getString("status")).isEqualTo("BOOKED");
        browser.findElement(By.id("manage:cancel")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("manage:confirm-cancel"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelled")));
        assertThat(browser.findElement(By.id("cancelled")).getText()).isEqualTo("Aftalen er aflyst.");
        assertThat(api.get("api/v1/appointment-slots?place=" + slot.getString("place") + "&to=" + LocalDate.now(KOEGE).plusDays(6)).array()).hasSize(2);
        Accessibility.assertNoSeriousViolations(browser, "the manage page after cancelling");
        // no dead end: book another time, at the same place
        browser.findElement(By.id("book-again")).click();
        wait.until(ExpectedConditions.titleIs("Book en tid hos en rådgiver"));
        assertThat(browser.findElement(By.cssSelector("ul.places a.chosen")).getText())
                .isEqualTo(slot.getString("placeName"));
        assertThat(browser.findElements(By.cssSelector("input[name='book:slot']"))).hasSize(2);

        browser.get(deployment + "manage?t=AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unknown"))).getText())
                .contains("Vi kan ikke finde en aftale");
        assertThat(browser.getPageSource()).doesNotContain(reference, "Hodan");
        Accessibility.assertNoSeriousViolations(browser, "the manage page of an unknown link");
    }

    private void booksInArabic() throws Exception {
        var api = new Api(deployment);
        var slot = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(3), LocalTime.of(15, 0), KOEGE)
                .toInstant());
        String phone = Api.newPhone();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(deployment + "book?place=" + slot.getString("place"));
        pick("ar", wait);
        assertThat(browser.getTitle()).isEqualTo("احجز موعدا مع مستشار");
        assertThat(browser.getCurrentUrl()).as("the picker keeps the place").contains("place=" + slot.getString("place"));
        var choice = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='book:slot']")));
        assertThat(read(By.cssSelector("label[for='" + choice.getAttribute("id") + "']"))).contains("الساعة 15:00");
        // the date and the time each stay whole on a narrow phone, and the times read left to right
        assertThat((String) browser.executeScript("return arguments[0].textContent",
                browser.findElement(By.cssSelector("label[for='" + choice.getAttribute("id") + "']"))))
                .contains("الساعة\u00A0\u206615:00\u2060–\u206015:45\u2069");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic booking page");

        browser.findElement(By.id("book:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".problem")));
        assertThat(page().getAttribute("dir")).as("the form keeps the language").isEqualTo("rtl");
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(e -> e.getText())
                .contains("اختر موعدا.", "اكتب اسمك.", "اكتب رقم هاتفك.");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic booking page with errors");

        browser.findElement(By.cssSelector("input[name='book:slot']")).click();
        browser.findElement(By.id("book:name")).sendKeys("هودان ورسامي");
        browser.findElement(By.id("book:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("book:submit")).click();
        enterCode(phone, wait, "the Arabic code page");
        assertThat(twilio.sentTo(phone).get(0).body()).startsWith("رمزك هو");

        var reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
        assertThat(browser.findElement(By.cssSelector("#done h2")).getText()).isEqualTo("شكرا، تم حجز موعدك");
        assertThat(read(By.id("when"))).contains("الساعة 15:00–15:45");
        Files.write(Path.of("target", "booking-page-arabic.png"), browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the Arabic confirmation");
        assertThat(api.appointment(reference).getString("name")).as("an Arabic name survives the form")
                .isEqualTo("هودان ورسامي");
        assertThat(api.appointment(reference).getString("language")).isEqualTo("ar");

        var sms = twilio.awaitSentTo(phone, 2).subList(1, 2);
        assertThat(sms).singleElement().satisfies(s -> assertThat(s.body())
                .startsWith("موعدك في " + slot.getString("placeName"))
                .contains(reference, "الساعة 15:00-15:45"));

        String link = sms.get(0).body().replaceAll("(?s).*(https://helhed\\.test/\\S+).*", "$1");
        browser.manage().deleteAllCookies();
        browser.get(link.replace("https://helhed.test/", deployment.toString()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        assertThat(page().getAttribute("dir")).as("the manage page speaks the booking's language").isEqualTo("rtl");
        assertThat(browser.getTitle()).isEqualTo("موعدك");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic manage page");
    }

    private void booksInEnglish() throws Exception {
        var api = new Api(deployment);
        var slot = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(4), LocalTime.of(15, 0), KOEGE)
                .toInstant());
        String phone = Api.newPhone();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(deployment + "book?place=" + slot.getString("place"));
        pick("en", wait);
        assertThat(browser.getTitle()).isEqualTo("Book a time with an adviser");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='book:slot']"))).click();
        browser.findElement(By.id("book:name")).sendKeys("Søren Ali");
        browser.findElement(By.id("book:phone")).sendKeys(phone);
        browser.findElement(By.id("book:submit")).click();
        enterCode(phone, wait, "the English code page");

        var reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
        assertThat(read(By.id("when"))).contains("at 15:00–15:45");
        assertThat(api.appointment(reference).getString("name")).isEqualTo("Søren Ali");
        assertThat(twilio.awaitSentTo(phone, 2).subList(1, 2)).singleElement().satisfies(s -> assertThat(s.body())
                .startsWith("Your appointment at " + slot.getString("placeName")).contains(reference));

        browser.get(deployment + "book");
        assertThat(page().getAttribute("lang")).as("the picked language is remembered").isEqualTo("en");
    }

    @Test
    void anAdviserSignsInAndSeesTheirDayWithNamesShownExactlyAsTyped() throws Exception {
        var api = new Api(deployment);
        var starts = ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(2), LocalTime.of(9, 0), KOEGE);
        var slot = api.newSlot(starts.toInstant());
        String adviser = api.newStaff("ADVISER", slot.getJsonNumber("id").longValue());
        String coordinator = api.newStaff("COORDINATOR", null);
        String name = "<script>alert('x')</script> Ali 🌸 علي";
        var booked = api.post("api/v1/staff/appointments", jakarta.json.Json.createObjectBuilder()
                .add("slotId", slot.getJsonNumber("id").longValue()).add("name", name).add("phone", Api.newPhone())
                .add("note", "<b>tolk</b>").add("consent", true).build().toString(), Api.as(coordinator));
        assertThat(booked.status()).isEqualTo(201);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.manage().deleteAllCookies();
        browser.get(deployment + "staff/day?date=" + starts.toLocalDate());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(adviser);
        browser.findElement(By.id("login:password")).sendKeys("wrong password");
        browser.findElement(By.id("login:submit")).click();
        awaitProblem("Forkert e-mail eller adgangskode");

        browser.findElement(By.id("login:email")).clear();
        signInOnPage(adviser, Api.STAFF_PASSWORD);

        var entry = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.appointment")));
        assertThat(browser.getCurrentUrl()).contains("/staff/day");
        assertThat(entry.findElement(By.cssSelector(".name")).getText()).isEqualTo(name);
        assertThat(entry.findElement(By.cssSelector(".note")).getText()).isEqualTo("<b>tolk</b>");
        assertThat(browser.findElements(By.cssSelector("li.appointment b"))).as("no markup from input").isEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the adviser's day");

        browser.findElement(By.id("signout-form:signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
        browser.get(deployment + "staff/day");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")))).isNotNull();
    }

    @Test
    void anAdviserGoesTwoDaysAheadAndIsToldWhyCameCannotBeRecordedYetThenRecordsItOnTheDay() throws Throwable {
        Browser.withEvidence(browser, "adviser-day-ahead", () -> {
            laptop();
            var starts = ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(2), LocalTime.of(9, 0), KOEGE);
            var slot = api.newSlot(starts.toInstant());
            var other = api.newSlotBeside(slot, starts.plusHours(1).toInstant());
            String adviser = api.newStaff("ADVISER", slot.getJsonNumber("id").longValue());
            String coordinator = api.newStaff("COORDINATOR", null);
            for (var s : java.util.List.of(slot, other)) {
                assertThat(api.post("api/v1/staff/appointments", jakarta.json.Json.createObjectBuilder()
                        .add("slotId", s.getJsonNumber("id").longValue()).add("name", "Beboer " + s.getInt("id"))
                        .add("phone", Api.newPhone()).add("consent", true).build().toString(), Api.as(coordinator))
                        .status()).isEqualTo(201);
            }

            browser.get(deployment + "login");
            signIn(adviser);
            wait.until(ExpectedConditions.titleIs("Min dag"));
            // two days on, by the page's own links, not by typing a date
            browser.findElement(By.id("next-day")).click();
            wait.until(ExpectedConditions.urlContains("date=" + LocalDate.now(KOEGE).plusDays(1)));
            browser.findElement(By.id("next-day")).click();
            wait.until(ExpectedConditions.urlContains("date=" + starts.toLocalDate()));
            var second = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("li.appointment:nth-of-type(2)")));
            String reference = second.getAttribute("data-reference");
            assertThat(second.findElement(By.cssSelector(".name")).getText()).isEqualTo("Beboer " + other.getInt("id"));
            Accessibility.assertNoSeriousViolations(browser, "the adviser's day two days ahead");

            second.findElement(By.cssSelector(".attended")).click();
            awaitProblem("Aftalen er ikke begyndt endnu.");
            assertThat(browser.findElements(By.cssSelector("li.appointment"))).as("nothing vanished").hasSize(2);
            assertThat(browser.getCurrentUrl()).as("still the same day").contains("date=" + starts.toLocalDate());
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains(
                    starts.format(java.time.format.DateTimeFormatter.ofPattern("d. MMMM", new java.util.Locale("da"))));
            Accessibility.assertNoSeriousViolations(browser, "the adviser's day with a refusal");

            // on the day, after the meeting began, the same button records it, and the page says so
            api.clock(starts.plusHours(1).plusMinutes(10).toInstant());
            browser.findElement(By.cssSelector("li.appointment[data-reference='" + reference + "'] .attended")).click();
            awaitDone("Registreret for Beboer " + other.getInt("id") + " (" + reference + "): Mødt.");
            assertThat(browser.findElement(By.cssSelector("li.appointment[data-reference='" + reference
                    + "'] .attendance")).getText()).isEqualTo("Mødt");
            assertThat(api.appointment(reference).getString("attendance")).isEqualTo("ATTENDED");
        });
    }

    @Test
    void aCoordinatorOnTheAdvisersDayGetsNoAccessInTheAppsOwnPageAndSignsInAsTheAdviser() throws Throwable {
        Browser.withEvidence(browser, "adviser-day-forbidden", () -> {
            var slot = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(2), LocalTime.of(9, 0), KOEGE)
                    .toInstant());
            String adviser = api.newStaff("ADVISER", slot.getJsonNumber("id").longValue());
            String coordinator = api.newStaff("COORDINATOR", null);

            browser.get(deployment + "staff/day");
            signIn(coordinator);
            wait.until(ExpectedConditions.titleIs("Ingen adgang"));
            assertThat(browser.findElement(By.id("error-text")).getText())
                    .startsWith("Den side kan du ikke se med den konto");
            assertThat(browser.findElement(By.id("nav-rota")).getText()).as("the coordinator's own pages")
                    .isEqualTo("Vagtplan");
            Accessibility.assertNoSeriousViolations(browser, "the no-access page");
            for (var link : browser.findElements(By.cssSelector("main a"))) {
                String href = link.getAttribute("href");
                assertThat(api.get(href.substring(deployment.toString().length())).status()).as(href)
                        .isIn(200, 302);
            }
            browser.findElement(By.id("sign-in-again")).click();
            signIn(adviser);
            wait.until(ExpectedConditions.titleIs("Min dag"));
            assertThat(browser.getCurrentUrl()).contains("/staff/day");

            browser.manage().deleteAllCookies();
            browser.get(deployment + "volunteer/shifts");
            signIn(coordinator);
            wait.until(ExpectedConditions.titleIs("Ingen adgang"));
        });
    }

    @Test
    void aFormSentAfterTheSessionEndedComesBackWithWhatWasTypedAndSaysWhatHappened() throws Throwable {
        Browser.withEvidence(browser, "booking-expired", () -> {
            var slot = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(2), LocalTime.of(13, 0), KOEGE)
                    .toInstant());
            browser.get(deployment + "book?place=" + slot.getString("place"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='book:slot']"))).click();
            browser.findElement(By.id("book:name")).sendKeys("Ayaan Nuur");
            browser.findElement(By.id("book:phone")).sendKeys("20 30 40 50");
            // the phone lay on the table for an hour: the session is gone
            browser.manage().deleteCookieNamed("JSESSIONID");
            browser.findElement(By.id("book:submit")).click();

            awaitProblem("Siden havde været åben så længe, at den var udløbet, så intet blev sendt.");
            assertThat(browser.getTitle()).isEqualTo("Book en tid hos en rådgiver");
            assertThat(browser.findElement(By.id("book:name")).getAttribute("value")).isEqualTo("Ayaan Nuur");
            assertThat(browser.findElement(By.id("book:phone")).getAttribute("value")).isEqualTo("20 30 40 50");
            assertThat(browser.findElements(By.id("verify:code"))).as("nothing was held").isEmpty();
            Accessibility.assertNoSeriousViolations(browser, "the booking page after it expired");
        });
    }

    @Test
    void aPlaceWhereNobodyCanBeBookedIsNotOffered() throws Throwable {
        Browser.withEvidence(browser, "booking-places", () -> {
            var full = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(3), LocalTime.of(10, 0), KOEGE)
                    .toInstant());
            var open = api.newSlot(ZonedDateTime.of(LocalDate.now(KOEGE).plusDays(3), LocalTime.of(11, 0), KOEGE)
                    .toInstant());
            String phone = Api.newPhone();
            api.bookVerified(twilio, Api.bookingJson(full.getJsonNumber("id").longValue(), "Nour", phone, null, null),
                    phone);

            browser.get(deployment + "book");
            var chips = browser.findElements(By.cssSelector("nav ul.places a")).stream().map(a -> a.getText())
                    .toList();
            assertThat(chips).contains(open.getString("placeName")).doesNotContain(full.getString("placeName"));
            assertThat(browser.findElement(By.id("nav-home")).getAttribute("href")).as("the way home")
                    .endsWith("/?lang=da");
        });
    }

    @Test
    void aCoordinatorBooksForAWalkInAWeekAheadThenMovesAndCancelsItForThemAndTheyAreToldEachTime() throws Throwable {
        Browser.withEvidence(browser, "staff-booking", () -> {
            laptop();
            var hours = api.newWeeklyHours("da,so");
            api.generateSlots();
            String place = hours.getString("place");
            String coordinator = api.newStaff("COORDINATOR", null);
            LocalDate from = LocalDate.now(KOEGE).plusDays(8);
            String phone = Api.newPhone();

            browser.get(deployment + "coordinator/appointments");
            signIn(coordinator);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("walk-in"))).click();
            wait.until(ExpectedConditions.titleIs("Book for en borger"));
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("slots:place"))).selectByValue(place);
            setDate(By.id("slots:day"), from.toString());
            show();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking:book")));
            // not the first time offered: the 10:45 one on the last day shown
            var chosen = last(By.cssSelector("#booking label"), "10:45");
            String chosenDay = read(chosen).replaceAll(" kl\\..*", "");
            String chosenRadio = chosen.getAttribute("for");
            chosen.click();
            browser.findElement(By.id("booking:book")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking:consent-error")));
            assertThat(read(By.id("booking:name-error"))).isNotBlank();
            assertThat(browser.findElement(By.id(chosenRadio)).isSelected()).as("the time chosen is kept").isTrue();
            Accessibility.assertNoSeriousViolations(browser, "staff booking with problems in place");

            browser.findElement(By.id("booking:name")).sendKeys("Hodan Warsame");
            browser.findElement(By.id("booking:phone")).sendKeys(phone);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("booking:language"))).selectByValue("en");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("booking:requested"))).selectByValue("so");
            browser.findElement(By.id("booking:consent")).click();
            browser.findElement(By.id("booking:book")).click();
            awaitDone("Tiden er booket med reference");
            String reference = read(By.cssSelector("#booked-reference strong"));
            assertThat(twilio.awaitSentTo(phone, 1).get(0).body()).startsWith("Your appointment at")
                    .contains(reference, "10:45");

            // found again in the list by its reference, and moved to 10:00 the first day shown
            browser.get(deployment + "coordinator/appointments");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(reference);
            browser.findElement(By.id("show")).click();
            var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.appointment")));
            assertThat(read(row.findElement(By.cssSelector(".day")))).isEqualTo(chosenDay.replace(" d.", ""));
            row.findElement(By.cssSelector("a.change")).click();
            wait.until(ExpectedConditions.titleIs("Flyt eller aflys en aftale"));
            assertThat(read(By.cssSelector("#changing .name"))).isEqualTo("Hodan Warsame");
            assertThat(read(By.cssSelector("#changing .when"))).startsWith(chosenDay).contains("10:45");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("slots:place"))).selectByValue(place);
            setDate(By.id("slots:day"), from.toString());
            show();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking:move")));
            var earlier = browser.findElements(By.cssSelector("#booking label")).stream()
                    .filter(l -> read(l).contains("10:00")).findFirst().orElseThrow();
            String earlierDay = read(earlier).replaceAll(" kl\\..*", "");
            earlier.click();
            Accessibility.assertNoSeriousViolations(browser, "moving an appointment for a resident");
            browser.findElement(By.id("booking:move")).click();
            awaitDone("Aftalen " + reference + " er flyttet.");
            assertThat(read(By.cssSelector("#changing .when"))).startsWith(earlierDay).contains("10:00");
            assertThat(twilio.awaitSentTo(phone, 2).get(1).body()).startsWith("Your appointment has moved")
                    .contains(reference, "10:00");

            browser.findElement(By.id("cancel:ask")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cancel:no"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cancel:ask"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("cancel:yes"))).click();
            awaitDone("Aftalen " + reference + " er aflyst.");
            assertThat(browser.findElements(By.id("unknown"))).hasSize(1);
            assertThat(twilio.awaitSentTo(phone, 3).get(2).body()).contains("is cancelled", reference);
        });
    }

    /** Shows the free times from the day chosen, and waits for the new page (the first already lists today's). */
    private void show() {
        var before = browser.findElement(By.id("slots:show"));
        before.click();
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    private WebElement last(By locator, String containing) {
        var found = browser.findElements(locator).stream().filter(e -> read(e).contains(containing)).toList();
        assertThat(found).as(containing).isNotEmpty();
        return found.get(found.size() - 1);
    }

    private void setDate(By input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(input), value);
    }

    private void signIn(String email) {
        signInOnPage(email, Api.STAFF_PASSWORD);
    }

    /** The code step: the slot is held; the code from the SMS books it. */
    private void enterCode(String phone, WebDriverWait wait, String page) throws InterruptedException {
        var codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        Accessibility.assertNoSeriousViolations(browser, page);
        codeField.sendKeys(twilio.awaitCode(phone, 1));
        browser.findElement(By.id("verify:submit")).click();
    }

    /** Clicks a language in the picker and waits for the page in it. */
    private void pick(String tag, WebDriverWait wait) {
        browser.findElement(By.cssSelector("nav.languages a[hreflang='" + tag + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
        assertThat(page().getAttribute("dir")).isEqualTo(Language.fromTag(tag).orElseThrow().direction());
    }

    private static WebElement page() {
        return browser.findElement(By.tagName("html"));
    }
}
