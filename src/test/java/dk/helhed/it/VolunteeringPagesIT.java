package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A volunteer signs in and works the list of open shifts the way people do: it starts with their own places and
 * subjects, they choose another place and subject, take the third card, look two weeks on, take "every Tuesday" of
 * a series that meets on Tuesdays and Thursdays, and give one up again, in Danish and in Arabic; headless Chromium
 * 360 px wide, axe-core on every page.
 */
class VolunteeringPagesIT extends PageTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static FakeSmtp smtp;

    @BeforeAll
    static void startFakeSmtp() {
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopFakeSmtp() {
        smtp.stop();
    }

    @Test
    void aVolunteerFiltersTheListTakesTheShiftTheyTappedLooksFurtherOnAndGivesOneUp() throws Throwable {
        Browser.withEvidence(browser, "volunteer-pages-danish", this::danish);
    }

    @Test
    void aVolunteerTakesEveryTuesdayOfASeriesAndNothingElseWithOneConfirmation() throws Throwable {
        Browser.withEvidence(browser, "volunteer-pages-series", this::everyTuesday);
    }

    @Test
    void inArabicAVolunteerTakesAWholeSeriesAndIsToldToAskTheCoordinatorWhenItIsTooLate() throws Throwable {
        Browser.withEvidence(browser, "volunteer-pages-arabic", this::arabic);
    }

    private void danish() throws Exception {
        String home = place();
        String other = place();
        String email = volunteer(List.of(home), List.of("DANISH"));
        LocalDate tuesday = LocalDate.now(KOEGE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        String series = newSeries();
        long homeDanish = shift(home, series, "DANISH", tuesday, 15);
        long homeMaths = shift(home, newSeries(), "MATHS", tuesday, 15);
        long otherDanish = shift(other, newSeries(), "DANISH", tuesday, 15);
        // the other place's Danish shifts, five of them over two weeks: the third card is the one to take
        List<Long> others = new ArrayList<>();
        for (int day = 0; day < 10; day += 2) {
            others.add(shift(other, newSeries(), "DANISH", tuesday.plusDays(day), 17));
        }
        long later = shift(home, series, "DANISH", LocalDate.now(KOEGE).plusDays(18), 15);

        browser.get(deployment + "volunteer/shifts");
        signIn(email);
        wait.until(ExpectedConditions.titleIs("Ledige vagter"));
        // by default the volunteer's own places and subjects, grouped by day in time order
        assertThat(listed()).contains(homeDanish).doesNotContain(homeMaths, otherDanish, later);
        assertThat(new Select(browser.findElement(By.id("place"))).getFirstSelectedOption().getText())
                .isEqualTo("Mine steder: Lektiecaféen " + home);
        assertThat(new Select(browser.findElement(By.id("subject"))).getFirstSelectedOption().getText())
                .isEqualTo("Mine fag: Dansk");
        assertDaysInOrder();
        Accessibility.assertNoSeriousViolations(browser, "the open shifts");

        // another place and the subject, then the third card of that list
        new Select(browser.findElement(By.id("place"))).selectByValue(other);
        new Select(browser.findElement(By.id("subject"))).selectByValue("DANISH");
        browser.findElement(By.id("filter-submit")).click();
        wait.until(ExpectedConditions.urlContains("place=" + other));
        assertThat(listed()).containsExactlyElementsOf(withOtherDanish(otherDanish, others));
        var third = browser.findElements(By.cssSelector("li.shift")).get(2);
        long tapped = Long.parseLong(third.getAttribute("data-shift"));
        String when = read(third.findElement(By.xpath("ancestor::section/h3"))) + " "
                + read(third.findElement(By.cssSelector(".when")));
        assertThat(when).contains("17:00–19:00");
        third.findElement(By.cssSelector(".take")).click();
        awaitDone("Du har taget vagten. Du får en bekræftelse på e-mail.");
        assertThat(browser.getCurrentUrl()).as("the address still says what is shown").contains("place=" + other);
        assertThat(shiftItem(tapped).findElement(By.cssSelector(".yours")).getText()).isEqualTo("Du har denne vagt.");
        assertThat(mine(email)).containsExactly(tapped);
        Accessibility.assertNoSeriousViolations(browser, "the filtered list after taking one");

        // two weeks on, by the page's own link, keeping the filter
        new Select(browser.findElement(By.id("place"))).selectByValue(home);
        browser.findElement(By.id("filter-submit")).click();
        wait.until(ExpectedConditions.urlContains("place=" + home));
        browser.findElement(By.id("later")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.shift[data-shift='" + later + "']")));
        assertThat(browser.getCurrentUrl()).contains("place=" + home, "subject=DANISH");
        assertThat(listed()).containsExactly(later);
        shiftItem(later).findElement(By.cssSelector(".take")).click();
        awaitDone("Du har taget vagten.");
        assertThat(mine(email)).containsExactlyInAnyOrder(tapped, later);
        Accessibility.assertNoSeriousViolations(browser, "the list two weeks on");

        // my shifts: giving one up asks once, without script
        browser.findElement(By.id("nav-my-shifts")).click();
        wait.until(ExpectedConditions.titleIs("Mine vagter"));
        var first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.assignment")));
        assertThat(read(first.findElement(By.cssSelector(".when")))).contains("kl. 17:00–19:00");
        first.findElement(By.cssSelector(".cancel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm")));
        assertThat(browser.switchTo().activeElement().getAttribute("class")).as("the question has the focus")
                .isEqualTo("confirm");
        assertThat(browser.findElement(By.cssSelector(".confirm")).getText())
                .contains("Vil du afmelde denne vagt?");
        Accessibility.assertNoSeriousViolations(browser, "my shifts asking before giving one up");
        browser.findElement(By.cssSelector(".confirm .keep")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".confirm")));
        assertThat(mine(email)).hasSize(2);
        browser.findElement(By.cssSelector("li.assignment .cancel")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".confirm .confirm-cancel"))).click();
        awaitDone("Du er afmeldt vagten.");
        assertThat(mine(email)).containsExactly(later);
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + tapped).json().getInt("taken")).isZero();
        Accessibility.assertNoSeriousViolations(browser, "my shifts after giving one up");
    }

    private void everyTuesday() throws Exception {
        String home = place();
        String other = place();
        String email = volunteer(List.of(home), List.of("DANISH"));
        LocalDate tuesday = LocalDate.now(KOEGE).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).plusWeeks(1);
        String series = newSeries();
        String otherSeries = newSeries();
        List<Long> tuesdays = new ArrayList<>();
        List<Long> rest = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            tuesdays.add(shift(home, series, "DANISH", tuesday.plusWeeks(week), 15));
            rest.add(shift(home, series, "DANISH", tuesday.plusWeeks(week).plusDays(2), 15));
            rest.add(shift(home, series, "MATHS", tuesday.plusWeeks(week), 15));
            rest.add(shift(other, otherSeries, "DANISH", tuesday.plusWeeks(week), 15));
        }

        browser.get(deployment + "volunteer/shifts?place=" + home + "&subject=DANISH&from=" + tuesday);
        signIn(email);
        var card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.shift[data-shift='" + tuesdays.get(0) + "']")));
        var button = card.findElement(By.cssSelector(".take-series"));
        assertThat(button.getAttribute("value")).as("the label says what it takes")
                .isEqualTo("Tag hver tirsdag kl. 15:00 i Lektiecaféen " + home + " (Dansk)");
        assertThat(shiftItem(rest.get(0)).findElement(By.cssSelector(".take-series")).getAttribute("value"))
                .isEqualTo("Tag hver torsdag kl. 15:00 i Lektiecaféen " + home + " (Dansk)");
        button.click();
        awaitDone("Du har taget 4 vagter i serien.");
        assertThat(mine(email)).containsExactlyInAnyOrderElementsOf(tuesdays);
        Files.write(Path.of("target", "volunteer-pages-series.png"), browser.getScreenshotAs(OutputType.BYTES));

        // one message for one action: a summary with the dates, and one .ics holding them all
        api.dispatch();
        var mails = smtp.awaitMailsTo(email, 1);
        assertThat(mails).as("one confirmation, not four (the dispatch sent all that was due)").singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Dine 4 vagter er bekræftet");
                    assertThat(m.body()).contains("Tak, fordi du har taget 4 vagter",
                            "- tirsdag d. " + tuesday.getDayOfMonth() + ". ",
                            "kl. 15:00 til 17:00, Lektiecaféen " + home);
                });
        var parts = (MimeMultipart) smtp.received(email).get(0).getContent();
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(5);
        tuesdays.forEach(id -> assertThat(ics).contains("UID:shift-" + id + "@helhed"));
    }

    private void arabic() throws Exception {
        String email = volunteer(List.of(), List.of());
        String place = place();
        String series = newSeries();
        LocalDate wednesday = LocalDate.now(KOEGE).plusWeeks(1).with(DayOfWeek.WEDNESDAY);
        long first = shift(place, series, null, wednesday, 15);
        long second = shift(place, series, null, wednesday.plusWeeks(1), 15);
        Instant soon = Instant.now().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.MINUTES);
        long tooLate = id(api.post("api/v1/test-support/volunteering/shifts?start=" + soon + "&minutes=60&needed=1"
                + "&place=" + place + "-soon", null).json());
        assertThat(api.post("api/v1/volunteer/shifts/" + tooLate + "/assignment", null, Api.as(email)).status())
                .isEqualTo(201);

        // from the first Wednesday: the list shows 14 days, and on a Monday next week's Wednesday and the one after
        // are 9 and 16 days away
        browser.get(deployment + "volunteer/shifts?lang=ar&place=" + place + "&from=" + wednesday);
        signIn(email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.shift")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.getTitle()).isEqualTo("المناوبات المتاحة");
        assertThat(shiftItem(first).findElement(By.cssSelector(".places")).getText()).isEqualTo("0 من 3 مدرّسين");
        assertThat(shiftItem(first).findElement(By.cssSelector(".take-series")).getAttribute("value"))
                .isEqualTo("خذ كل الأربعاء الساعة 15:00 في Lektiecaféen " + place + " (كل المواد)");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic open shifts");

        shiftItem(first).findElement(By.cssSelector(".take-series")).click();
        awaitDone("لقد أخذت 2 مناوبات في السلسلة.");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("the form keeps the language")
                .isEqualTo("rtl");
        assertThat(shiftItem(second).findElements(By.cssSelector(".yours"))).hasSize(1);
        Files.write(Path.of("target", "volunteer-pages-arabic.png"), browser.getScreenshotAs(OutputType.BYTES));
        Accessibility.assertNoSeriousViolations(browser, "the Arabic open shifts after taking a series");

        browser.findElement(By.id("nav-my-shifts")).click();
        wait.until(ExpectedConditions.titleIs("مناوباتي"));
        assertThat(browser.findElements(By.cssSelector("li.assignment"))).hasSize(3);
        var late = browser.findElements(By.cssSelector("li.assignment")).get(0);
        assertThat(late.findElement(By.cssSelector(".ask")).getText())
                .isEqualTo("فات وقت الإلغاء هنا. يرجى التواصل مع المنسق.");
        assertThat(late.findElements(By.cssSelector(".cancel"))).as("no button when it is too late").isEmpty();
        Accessibility.assertNoSeriousViolations(browser, "the Arabic my shifts");

        browser.findElements(By.cssSelector("li.assignment")).get(1).findElement(By.cssSelector(".cancel")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".confirm .confirm-cancel"))).click();
        awaitDone("لم تعد في هذه المناوبة.");
        assertThat(browser.findElements(By.cssSelector("li.assignment"))).hasSize(2);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        Accessibility.assertNoSeriousViolations(browser, "the Arabic my shifts after cancelling");
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + first).json().getInt("taken")).isZero();
        assertThat(api.get("api/v1/test-support/volunteering/shifts/" + second).json().getInt("taken")).isEqualTo(1);
    }

    /** The shifts listed, in the order shown. */
    private List<Long> listed() {
        return browser.findElements(By.cssSelector("li.shift")).stream()
                .map(li -> Long.parseLong(li.getAttribute("data-shift"))).toList();
    }

    private void assertDaysInOrder() {
        var dates = browser.findElements(By.cssSelector("section.day")).stream()
                .map(s -> LocalDate.parse(s.getAttribute("data-date"))).toList();
        assertThat(dates).isSorted().doesNotHaveDuplicates();
    }

    private static List<Long> withOtherDanish(long first, List<Long> rest) {
        List<Long> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.stream().sorted().toList();
    }

    /** The shifts the volunteer holds, as the API tells them. */
    private List<Long> mine(String email) {
        return api.get("api/v1/volunteer/my-shifts", Api.as(email)).array().stream()
                .map(v -> v.asJsonObject().getJsonObject("shift").getJsonNumber("id").longValue()).toList();
    }

    private WebElement shiftItem(long id) {
        return browser.findElement(By.cssSelector("li.shift[data-shift='" + id + "']"));
    }

    private void signIn(String email) {
        signInOnPage(email, Api.STAFF_PASSWORD);
    }

    /** A verified volunteer who helps at these places with these subjects (set through the profile API). */
    private String volunteer(List<String> places, List<String> subjects) {
        String email = "frivillig-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@helhed.test";
        var reply = api.post("api/v1/test-support/volunteering/volunteers?email=" + email + "&password="
                + Api.STAFF_PASSWORD + "&phone=" + Api.newPhone().replace("+", "%2B") + "&sms=true", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var profile = api.get("api/v1/account/profile", Api.as(email)).json();
        var update = Json.createObjectBuilder().add("name", profile.getString("name"))
                .add("phone", profile.getString("phone")).add("smsConsent", true)
                .add("subjects", Json.createArrayBuilder(subjects)).add("places", Json.createArrayBuilder(places));
        var saved = api.put("api/v1/account/profile", update.build().toString(), Api.as(email));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().getJsonArray("places")).hasSize(places.size());
        return email;
    }

    /** A fresh place (its name is "Lektiecaféen" and its code). */
    private String place() {
        String code = "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        shift(code, newSeries(), null, LocalDate.now(KOEGE).plusYears(2), 9);
        return code;
    }

    private static String newSeries() {
        return "homework:it-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    private long shift(String place, String series, String subject, LocalDate day, int hour) {
        Instant start = day.atTime(hour, 0).atZone(KOEGE).toInstant();
        return id(api.post("api/v1/test-support/volunteering/shifts?start=" + start + "&minutes=120&needed="
                + (subject == null ? 3 : 2) + "&place=" + place + "&series=" + series
                + (subject == null ? "" : "&subject=" + subject), null).json());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
