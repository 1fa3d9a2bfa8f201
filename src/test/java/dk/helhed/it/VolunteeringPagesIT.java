package dk.helhed.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer signs in, finds a homework-help shift, takes it (or the whole series), sees it under "my shifts" and
 * cancels it, in Danish and in Arabic; headless Chromium 360 px wide, axe-core on every page.
 */
class VolunteeringPagesIT extends PageTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");

    @Test
    void aVolunteerFindsAShiftTakesItSeesItAmongTheirShiftsAndCancelsIt() throws Throwable {
        Browser.withEvidence(browser, "volunteer-pages-danish", this::danish);
    }

    @Test
    void inArabicAVolunteerTakesAWholeSeriesAndIsToldToAskTheCoordinatorWhenItIsTooLate() throws Throwable {
        Browser.withEvidence(browser, "volunteer-pages-arabic", this::arabic);
    }

    private void danish() throws Exception {
        String email = volunteer();
        String place = "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String series = "homework:it-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        LocalDate tuesday = LocalDate.now(KOEGE).plusWeeks(2).with(DayOfWeek.TUESDAY);
        long first = shift(place, series, "MATHS", tuesday, 2);
        shift(place, series, "MATHS", tuesday.plusWeeks(1), 2);

        browser.get(deployment + "volunteer/shifts?place=" + place);
        signIn(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.shift")));
        assertThat(browser.getTitle()).isEqualTo("Ledige vagter");
        assertThat(browser.findElements(By.cssSelector("li.shift"))).hasSize(2);
        var listed = shiftItem(first);
        assertThat(listed.findElement(By.cssSelector(".when")).getText()).contains("kl. 15:00–17:00");
        assertThat(listed.findElement(By.cssSelector(".places")).getText()).isEqualTo("0 af 2 hjælpere");
        assertThat(listed.findElement(By.cssSelector(".what")).getText()).isEqualTo("Lektiehjælp · Matematik");
        assertThat(listed.findElement(By.cssSelector(".take-series")).getAttribute("value"))
                .isEqualTo("Tag hver tirsdag i denne serie");
        Accessibility.assertNoSeriousViolations(browser, "the open shifts");

        listed.findElement(By.cssSelector(".take")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shifts:messages"),
                "Du har taget vagten."));
        assertThat(shiftItem(first).findElement(By.cssSelector(".yours")).getText()).isEqualTo("Du har denne vagt.");
        assertThat(shiftItem(first).findElement(By.cssSelector(".places")).getText()).isEqualTo("1 af 2 hjælpere");
        Accessibility.assertNoSeriousViolations(browser, "the open shifts after taking one");

        browser.findElement(By.id("to-my-shifts")).click();
        var mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.assignment")));
        assertThat(browser.getTitle()).isEqualTo("Mine vagter");
        assertThat(mine.findElement(By.cssSelector(".when")).getText()).contains("kl. 15:00–17:00");
        assertThat(browser.findElement(By.cssSelector("table.hours")).getText()).contains("Måned", "januar");
        Accessibility.assertNoSeriousViolations(browser, "my shifts");

        browser.findElement(By.id("mine:new-feed")).click();
        var url = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-url"))).getText();
        assertThat(url).matches("https://helhed\\.test/api/v1/calendar/[A-Za-z0-9_-]{22}\\.ics");
        assertThat(api.get(url.substring(url.indexOf("api/v1/"))).body()).contains("UID:shift-" + first + "@helhed");
        Accessibility.assertNoSeriousViolations(browser, "my shifts with a calendar link");

        browser.findElement(By.cssSelector("li.assignment .cancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:messages"),
                "Du er afmeldt vagten."));
        assertThat(browser.findElements(By.cssSelector("li.assignment"))).isEmpty();
        assertThat(browser.findElement(By.id("no-shifts")).getText()).isEqualTo("Du har ingen kommende vagter.");
        assertThat(browser.findElement(By.id("feed-made")).getText()).startsWith("Du har et kalenderlink fra");
        Accessibility.assertNoSeriousViolations(browser, "my shifts after cancelling");
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + first).json().getInt("taken")).isZero();
    }

    private void arabic() throws Exception {
        String email = volunteer();
        var person = api.get("api/v1/volunteer/my-shifts", Api.as(email));
        assertThat(person.status()).isEqualTo(200);
        String place = "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String series = "homework:it-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        LocalDate wednesday = LocalDate.now(KOEGE).plusWeeks(2).with(DayOfWeek.WEDNESDAY);
        long first = shift(place, series, null, wednesday, 3);
        long second = shift(place, series, null, wednesday.plusWeeks(1), 3);
        Instant soon = Instant.now().plus(Duration.ofHours(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long tooLate = id(api.post("api/v1/test-support/volunteering/shifts?start=" + soon + "&minutes=60&needed=1"
                + "&place=" + place + "-soon", null).json());
        assertThat(api.post("api/v1/volunteer/shifts/" + tooLate + "/assignment", null, Api.as(email)).status())
                .isEqualTo(201);

        browser.get(deployment + "volunteer/shifts?lang=ar&place=" + place);
        signIn(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.shift")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.getTitle()).isEqualTo("المناوبات المتاحة");
        assertThat(shiftItem(first).findElement(By.cssSelector(".places")).getText()).isEqualTo("0 من 3 مدرّسين");
        assertThat(shiftItem(first).findElement(By.cssSelector(".take-series")).getAttribute("value"))
                .isEqualTo("خذ كل الأربعاء في هذه السلسلة");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic open shifts");

        shiftItem(first).findElement(By.cssSelector(".take-series")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shifts:messages"),
                "لقد أخذت 2 مناوبات في السلسلة."));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("the form keeps the language")
                .isEqualTo("rtl");
        assertThat(shiftItem(second).findElements(By.cssSelector(".yours"))).hasSize(1);
        Files.write(Path.of("target", "volunteer-pages-arabic.png"), browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the Arabic open shifts after taking a series");

        browser.findElement(By.id("to-my-shifts")).click();
        wait.until(ExpectedConditions.titleIs("مناوباتي"));
        assertThat(browser.findElements(By.cssSelector("li.assignment"))).hasSize(3);
        var late = browser.findElements(By.cssSelector("li.assignment")).get(0);
        assertThat(late.findElement(By.cssSelector(".ask")).getText())
                .isEqualTo("فات وقت الإلغاء هنا. يرجى التواصل مع المنسق.");
        assertThat(late.findElements(By.cssSelector(".cancel"))).as("no button when it is too late").isEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the Arabic my shifts");

        browser.findElements(By.cssSelector("li.assignment")).get(1).findElement(By.cssSelector(".cancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:messages"),
                "لم تعد في هذه المناوبة."));
        assertThat(browser.findElements(By.cssSelector("li.assignment"))).hasSize(2);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic my shifts after cancelling");
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + first).json().getInt("taken")).isZero();
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + second).json().getInt("taken")).isEqualTo(1);
    }

    private WebElement shiftItem(long id) {
        return browser.findElement(By.cssSelector("li.shift[data-shift='" + id + "']"));
    }

    private void signIn(String email) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Api.STAFF_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    private String volunteer() {
        String email = "frivillig-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@helhed.test";
        var reply = api.post("api/v1/test-support/volunteering/volunteers?email=" + email + "&password="
                + Api.STAFF_PASSWORD + "&phone=" + Api.newPhone().replace("+", "%2B") + "&sms=true", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return email;
    }

    private long shift(String place, String series, String subject, LocalDate day, int needed) {
        Instant start = day.atTime(15, 0).atZone(KOEGE).toInstant();
        return id(api.post("api/v1/test-support/volunteering/shifts?start=" + start + "&minutes=120&needed="
                + needed + "&place=" + place + "&series=" + series + (subject == null ? "" : "&subject=" + subject),
                null).json());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
