package dk.helhed.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator makes a homework-help series on the page, cancels one session and moves another; a parent finds a session on
 * /homework (in English) and reserves a seat through the events' sign-up with the SMS code. Headless Chromium,
 * axe-core on every page. The clock is set to 1 March 2027.
 */
class HomeworkPagesIT extends PageTest {
    private static final Instant MARCH_1 = Instant.parse("2027-03-01T08:00:00Z");
    private static FakeTwilio twilio;

    @BeforeAll
    static void startFakeTwilio() throws Exception {
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
    }

    @AfterAll
    static void stopFakeTwilio() {
        twilio.stop();
    }

    @BeforeEach
    void inMarch() {
        api.clock(MARCH_1);
    }

    @AfterEach
    void realTime() {
        api.realClock();
    }

    @Test
    void aCoordinatorCreatesASeriesOnThePageAndCancelsOneSession() throws Throwable {
        Browser.withEvidence(browser, "homework-pages-coordinator", this::createsASeries);
    }

    @Test
    void aParentFindsASessionOnTheHomeworkPageAndReservesASeat() throws Throwable {
        Browser.withEvidence(browser, "homework-pages-parent", this::reservesASeat);
    }

    private void createsASeries() throws Exception {
        String place = newPlace();
        String coordinator = api.newStaff("COORDINATOR", null);

        browser.get(deployment + "coordinator/homework");
        signInOnPage(coordinator, Api.STAFF_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("series:create")));
        assertThat(browser.getCurrentUrl()).contains("/coordinator/homework");
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's homework page");
        // each weekday's box sits beside its own label, on the same line
        for (var box : browser.findElements(By.cssSelector("input[name='series:weekdays']"))) {
            var label = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            assertThat(Math.abs(label.getLocation().getY() + label.getSize().getHeight() / 2
                    - box.getLocation().getY() - box.getSize().getHeight() / 2)).as(label.getText()).isLessThan(12);
            assertThat(label.getLocation().getX()).as(label.getText()).isGreaterThan(box.getLocation().getX());
        }

        new Select(browser.findElement(By.id("series:place"))).selectByValue(place);
        setValue("series:termFirst", "2027-03-08");
        setValue("series:termLast", "2026-03-12");
        browser.findElement(By.id("series:tutorsMaths")).clear();
        browser.findElement(By.id("series:tutorsMaths")).sendKeys("1");
        browser.findElement(By.id("series:create")).click();
        awaitProblem("Sidste dag er før første dag.");
        assertThat(browser.findElements(By.cssSelector(".problem"))).extracting(WebElement::getText)
                .contains("Sidste dag er før første dag.");
        Accessibility.assertNoSeriousViolations(browser, "the homework page with errors");

        setValue("series:termLast", "2027-03-12");
        browser.findElement(By.id("series:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("series-title")));
        assertThat(browser.getCurrentUrl()).contains("/coordinator/homework-sessions?series=");
        awaitDone("oprettet med 2 gange");
        var sessions = browser.findElements(By.cssSelector("li[id^='session-']"));
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).getText()).contains("tirsdag", "kl. 15:00", "Matematik 0/1", "alle fag 0/1");
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's sessions page");

        String first = sessions.get(0).getAttribute("id");
        sessions.get(0).findElement(By.cssSelector("input[id$='cancel']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(first), "Aflyst"));
        awaitDone("Gangen er aflyst");
        assertThat(browser.findElement(By.id(first)).findElements(By.cssSelector("input[id$='cancel']")))
                .as("a cancelled session has no buttons").isEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the sessions page after a cancellation");

        String second = browser.findElements(By.cssSelector("li[id^='session-']")).get(1).getAttribute("id");
        var row = browser.findElement(By.id(second));
        setValue(row.findElement(By.cssSelector("input[id$='date']")), "2027-03-12");
        setValue(row.findElement(By.cssSelector("input[id$='start']")), "16:00");
        setValue(row.findElement(By.cssSelector("input[id$='end']")), "18:00");
        row.findElement(By.cssSelector("input[id$='move']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(second), "Flyttet"));
        assertThat(browser.findElement(By.id(second)).getText()).contains("fredag d. 12. marts kl. 16:00");
        awaitDone("Gangen er flyttet");
        Accessibility.assertNoSeriousViolations(browser, "the sessions page after a move");

        // the list of series reads as words, not as a rule's codes
        browser.findElement(By.id("nav-homework")).click();
        wait.until(ExpectedConditions.titleIs("Lektiehjælp: forløb"));
        assertThat(browser.findElement(By.cssSelector("ul.events")).getText()).contains("tirsdag, torsdag kl. 15:00")
                .doesNotContain("TU", "TH");
    }

    private void reservesASeat() throws Exception {
        String place = newPlace();
        var created = api.post("api/v1/coordinator/homework-series", "{\"place\":\"" + place
                + "\",\"weekdays\":[\"TU\"],\"start\":\"15:00\",\"end\":\"17:00\",\"termFirst\":\"2027-03-08\","
                + "\"termLast\":\"2027-03-12\",\"tutors\":{\"any\":2},\"childSeats\":3}",
                Api.as(api.newStaff("COORDINATOR", null)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var session = created.json().getJsonArray("sessions").getJsonObject(0);
        long id = session.getJsonNumber("id").longValue();
        String phone = Api.newPhone();

        browser.get(deployment + "?lang=en");
        browser.findElement(By.id("to-homework")).click();
        var reserve = wait.until(ExpectedConditions.elementToBeClickable(By.id("reserve-" + id)));
        assertThat(browser.getTitle()).isEqualTo("Homework help");
        assertThat(read(By.id("session-" + id))).contains("Tuesday 9 March at 15:00–17:00", "Seats left: 3");
        assertThat(browser.findElement(By.id("place-" + place)).getText()).contains(place);
        Accessibility.assertNoSeriousViolations(browser, "the homework page");
        reserve.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Homework help: Studieplaneten");
        assertThat(browser.findElement(By.id("description")).getText()).contains("child's name");
        Accessibility.assertNoSeriousViolations(browser, "the homework sign-up page");
        assertThat(browser.findElement(By.cssSelector("label[for='signup:name']")).getText())
                .isEqualTo("The child's name");
        browser.findElement(By.id("signup:name")).sendKeys("Ayaan Warsame");
        browser.findElement(By.id("signup:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("signup:submit")).click();
        var codeField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")));
        codeField.sendKeys(twilio.awaitCode(phone, 1));
        browser.findElement(By.id("verify:submit")).click();
        var outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        assertThat(outcome.getText()).isEqualTo("You have a place.");
        Accessibility.assertNoSeriousViolations(browser, "the seat's confirmation");

        // a sister, with the same phone: a seat of her own
        assertThat(signUpAnother("another-child", "Hibo Warsame", phone, twilio, 3)).isEqualTo("You have a place.");
        // the same child twice is refused, saying why
        browser.findElement(By.id("another-child")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name"))).sendKeys("hibo  warsame");
        browser.findElement(By.id("signup:phone")).sendKeys(phone.substring(3));
        browser.findElement(By.id("signup:submit")).click();
        awaitProblem("There is already a sign-up with this name and phone number.");
        browser.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.titleIs("Homework help"));

        browser.get(deployment + "homework?lang=ar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("seats-" + id)));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("seats-" + id)).getText()).contains("1");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic homework page");

        // a Somali-speaking parent: the session's own wording (title, "give the child's name") in Somali
        browser.get(deployment + "homework?lang=so");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reserve-" + id))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signup:name")));
        assertPageIn(dk.helhed.i18n.Language.SO);
        var title = browser.findElement(By.id("title"));
        assertThat(title.getText()).isEqualTo(dk.helhed.i18n.Texts.text(dk.helhed.i18n.Language.SO,
                "homework.event.title"));
        assertThat(title.getAttribute("lang")).isEqualTo("so");
        assertThat(browser.findElement(By.id("description")).getText()).isEqualTo(dk.helhed.i18n.Texts.text(
                dk.helhed.i18n.Language.SO, "homework.event.description"));
        assertThat(browser.findElement(By.cssSelector("label[for='signup:name']")).getText())
                .isEqualTo(dk.helhed.i18n.Texts.text(dk.helhed.i18n.Language.SO, "page.event.child-name"));
        Accessibility.assertNoSeriousViolations(browser, "the Somali homework sign-up page");
    }

    private void setValue(String id, String value) {
        setValue(browser.findElement(By.id(id)), value);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private String newPlace() {
        return api.post("api/v1/test-support/places", null).json().getString("code");
    }
}
