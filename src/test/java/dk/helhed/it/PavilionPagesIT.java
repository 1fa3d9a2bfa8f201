package dk.helhed.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pavilion's pages in headless Chromium, with axe-core on each: a partner staff member takes a block on their
 * page and the coordinator sees the gap close on the rota (and its print view); residents read who is at the
 * pavilion today in Danish and Arabic.
 */
class PavilionPagesIT extends PageTest {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final String PASSWORD = "correct-horse-7";

    @Test
    void aPartnerTakesABlockAndTheCoordinatorSeesTheGapClose() throws Throwable {
        Browser.withEvidence(browser, "pavilion-take", this::takesABlock);
    }

    @Test
    void residentsSeeWhoIsAtThePavilionTodayInDanishAndArabic() throws Throwable {
        Browser.withEvidence(browser, "pavilion-public", this::publicPage);
    }

    @Test
    void colleaguesSwapOnTheirPageAndTheCoordinatorCallsForHelpAndAddsABlock() throws Throwable {
        Browser.withEvidence(browser, "pavilion-swap-gaps", this::swapsAndCalls);
    }

    private void swapsAndCalls() throws Exception {
        var org = api.post("api/v1/test-support/pavilion/organisations", null).json();
        var anna = person(org, "Anna Sidebytte");
        var bo = person(org, "Bo Sidebytte");
        String coordinator = api.newStaff("COORDINATOR", null);
        long annas = shiftOf(org, LocalDate.now(KOEGE).plusDays(6).atTime(10, 0).atZone(KOEGE).toInstant());
        long gap = shiftOf(org, LocalDate.now(KOEGE).plusDays(8).atTime(10, 0).atZone(KOEGE).toInstant());
        assertThat(api.post("api/v1/partner/pavilion/shifts/" + annas + "/take", null,
                Api.basic(anna.getString("email"), PASSWORD)).status()).isEqualTo(200);

        signIn("partner/blocks", anna.getString("email"), PASSWORD);
        var mine = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li[data-shift='" + annas
                + "']")));
        assertThat(mine.findElement(By.cssSelector("select.target")).getText()).contains("Overdrag til Bo Sidebytte");
        mine.findElement(By.cssSelector("input.propose")).click();
        awaitDone("Din kollega har fået dit forslag.");
        assertThat(browser.findElement(By.cssSelector("li.swap")).getText()).as("read by the one who made it")
                .startsWith("Du har tilbudt Bo Sidebytte din blok").endsWith("Venter på svar.");
        Accessibility.assertNoSeriousViolations(browser, "the partner's blocks with a swap proposed");
        browser.manage().deleteAllCookies();

        signIn("partner/blocks", bo.getString("email"), PASSWORD);
        var offer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.swap")));
        assertThat(offer.getText()).as("read by the one it is offered to")
                .startsWith("Anna Sidebytte tilbyder dig sin blok");
        Accessibility.assertNoSeriousViolations(browser, "the partner's blocks with a swap offered");
        offer.findElement(By.cssSelector("input.accept")).click();
        awaitDone("Byttet er gennemført.");
        assertThat(browser.findElement(By.cssSelector("li[data-shift='" + annas + "']")).getAttribute("class"))
                .contains("mine");
        browser.manage().deleteAllCookies();

        signIn("coordinator/gaps", coordinator, Api.STAFF_PASSWORD);
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-shift='" + gap
                + "']")));
        assertThat(row.findElement(By.cssSelector(".kind")).getText()).isEqualTo("Pavillonen");
        assertThat(row.findElement(By.cssSelector(".place")).getText()).isEqualTo(org.getString("placeName"));
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's gaps");
        row.findElement(By.cssSelector("input.call")).click();
        awaitDone("Vi har spurgt 2 personer. Svarer de ja, ses det her.");
        browser.findElement(By.cssSelector("tr[data-shift='" + gap + "'] input.call")).click();
        awaitDone("Der er ingen at spørge: Alle, der kunne tage vagten, er spurgt før");

        browser.get(deployment + "coordinator/pavilion-blocks");
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("block:place"))))
                .selectByValue(org.getString("place"));
        new Select(browser.findElement(By.id("block:weekday"))).selectByValue("THURSDAY");
        setValue(By.id("block:start"), "10:00");
        setValue(By.id("block:end"), "12:00");
        setValue(By.id("block:end"), "09:00");
        setValue(By.cssSelector("#block input.people[data-organisation='" + org.getString("organisation") + "']"),
                "2");
        browser.findElement(By.id("block:create")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("block:end-error"))).getText())
                .as("refused in place, the form kept").isNotBlank();
        assertThat(browser.findElement(By.id("block:start")).getAttribute("value")).isEqualTo("10:00");
        setValue(By.id("block:end"), "12:00");
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's blocks");
        browser.findElement(By.id("block:create")).click();
        awaitDone("Blokken er oprettet med");
        long block = api.get("api/v1/coordinator/pavilion-blocks", Api.as(coordinator)).array().stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(b -> b.getString("place").equals(org.getString("place"))
                        && b.getString("weekday").equals("THURSDAY") && b.getString("start").equals("10:00"))
                .mapToLong(b -> b.getJsonNumber("id").longValue()).max().orElseThrow();
        String blockRow = "li[data-block='" + block + "']";
        assertThat(browser.findElement(By.cssSelector(blockRow)).getText())
                .contains(org.getString("placeName"), "torsdag 10:00–12:00", org.getString("organisationName") + " × 2");

        // from the third Thursday on, no more, and one person is enough
        LocalDate lastDay = LocalDate.now(KOEGE).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.THURSDAY)).plusWeeks(2);
        browser.findElement(By.cssSelector(blockRow + " input.edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-block"), "torsdag 10:00–12:00"));
        var people = By.cssSelector("#change input.people[data-organisation='" + org.getString("organisation") + "']");
        assertThat(browser.findElement(people).getAttribute("value")).isEqualTo("2");
        setValue(By.id("change:until"), lastDay.toString());
        setValue(people, "1");
        Accessibility.assertNoSeriousViolations(browser, "a block being changed");
        browser.findElement(By.id("change:save")).click();
        awaitDone("Blokken er ændret:");
        assertThat(browser.findElement(By.cssSelector(blockRow)).getText())
                .contains(org.getString("organisationName") + " × 1", "Sidste dag: " + lastDay);
        assertThat(api.get("api/v1/test-support/pavilion/shifts?series=pavilion:" + block).array().stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(s -> s.getString("status").equals("OPEN")))
                .hasSizeBetween(2, 3).allSatisfy(s -> {
                    assertThat(s.getInt("needed")).isEqualTo(1);
                    assertThat(Instant.parse(s.getString("start")).atZone(KOEGE).toLocalDate())
                            .isBeforeOrEqualTo(lastDay);
                });

        // deleted after a second question, as nobody took any of its shifts
        browser.findElement(By.cssSelector(blockRow + " input.remove")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(blockRow + " .confirm")));
        browser.findElement(By.cssSelector(blockRow + " input.keep")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(blockRow + " .confirm")));
        browser.findElement(By.cssSelector(blockRow + " input.remove")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(blockRow + " input.confirm-remove"))).click();
        awaitDone("Blokken og dens vagter er slettet.");
        assertThat(browser.findElements(By.cssSelector(blockRow))).isEmpty();
        assertThat(api.get("api/v1/test-support/pavilion/shifts?series=pavilion:" + block).array()).isEmpty();
    }

    private void setValue(By input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(input), value);
    }

    @Test
    void onNextWeeksRotaTheCoordinatorCallsForHelpOnTheSecondGapAndStaysOnThatWeek() throws Throwable {
        Browser.withEvidence(browser, "pavilion-rota-next-week", () -> {
            laptop();
            var first = api.post("api/v1/test-support/pavilion/organisations", null).json();
            var second = api.post("api/v1/test-support/pavilion/organisations", null).json();
            person(second, "Sanne Anden");
            String coordinator = api.newStaff("COORDINATOR", null);
            LocalDate monday = LocalDate.now(KOEGE).with(java.time.temporal.TemporalAdjusters.next(
                    java.time.DayOfWeek.MONDAY));
            Instant start = monday.plusDays(2).atTime(10, 0).atZone(KOEGE).toInstant();
            long firstGap = shiftOf(first, start);
            long secondGap = shiftOf(second, start.plusSeconds(3600));
            String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

            signIn("coordinator/rota", coordinator, Api.STAFF_PASSWORD);
            browser.findElement(By.id("next")).click();
            wait.until(ExpectedConditions.textToBe(By.id("week"), week));
            assertThat(browser.findElements(By.cssSelector("div[data-shift='" + firstGap + "'] input.call")))
                    .hasSize(1);
            Accessibility.assertNoSeriousViolations(browser, "next week's rota");
            browser.findElement(By.cssSelector("div[data-shift='" + secondGap + "'] input.call")).click();

            awaitDone("Vi har spurgt 1 person. Svarer de ja, ses det her.");
            assertThat(browser.findElement(By.id("week")).getText()).as("still next week").isEqualTo(week);
            assertThat(browser.getCurrentUrl()).contains("week=" + week);
            assertThat(api.get("api/v1/test-support/outbox?topic=shift-help:" + secondGap).array()).isNotEmpty();
            assertThat(api.get("api/v1/test-support/outbox?topic=shift-help:" + firstGap).array())
                    .as("the gap pressed, not another").isEmpty();
            Accessibility.assertNoSeriousViolations(browser, "next week's rota after a call for help");
        });
    }

    @Test
    void everyCoordinatorPageIsReachedFromTheNavigationBarAndSigningOutWorks() throws Throwable {
        Browser.withEvidence(browser, "coordinator-navigation", () -> {
            laptop();
            String coordinator = api.newStaff("COORDINATOR", null);
            signIn("coordinator/rota", coordinator, Api.STAFF_PASSWORD);
            var pages = java.util.Map.of("nav-gaps", "Huller i vagtplanen", "nav-homework", "Lektiehjælp: forløb",
                    "nav-school-holidays", "Skoleferier", "nav-pavilion-blocks", "Pavillonens blokke",
                    "nav-invitations", "Invitér medarbejdere", "nav-places", "Steder", "nav-organisations",
                    "Organisationer", "nav-profile", "Min profil");
            // the daily pages on the bar, the set-up and administration pages each in a group that opens in place
            assertThat(browser.findElement(By.id("nav-places")).isDisplayed()).as("set-up waits in its group").isFalse();
            assertThat(browser.findElement(By.id("nav-group-setup")).getText()).startsWith("Opsætning");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
            assertThat(browser.findElements(By.cssSelector("nav.site > ul > li")).stream()
                    .map(li -> li.getLocation().getY()).distinct().count()).as("the bar on a tablet, in lines")
                    .isLessThanOrEqualTo(2);
            browser.findElement(By.cssSelector("#nav-group-setup summary")).click();
            assertThat(browser.findElement(By.id("nav-places")).isDisplayed()).isTrue();
            Accessibility.assertNoSeriousViolations(browser, "the set-up group open on a tablet");
            browser.findElement(By.cssSelector("#nav-group-setup summary")).click();
            laptop();
            for (var page : new java.util.TreeMap<>(pages).entrySet()) {
                nav(page.getKey());
                wait.until(ExpectedConditions.titleIs(page.getValue()));
                assertThat(browser.findElement(By.id(page.getKey())).getAttribute("aria-current")).isEqualTo("page");
                Accessibility.assertNoSeriousViolations(browser, page.getValue());
            }
            browser.findElement(By.id("nav-rota")).click();
            wait.until(ExpectedConditions.titleContains("Vagtplan for Pavillonen"));
            browser.findElement(By.id("signout-form:signout")).click();
            wait.until(ExpectedConditions.titleIs("Log ind"));
            browser.get(deployment + "coordinator/rota");
            wait.until(ExpectedConditions.titleIs("Log ind"));
        });
    }

    @Test
    void aPartnerReadsTheirBlocksInEnglishAndGivingOneUpAsksFirst() throws Throwable {
        Browser.withEvidence(browser, "pavilion-partner-english", () -> {
            var org = api.post("api/v1/test-support/pavilion/organisations", null).json();
            var partner = person(org, "Paul Partner");
            long block = shiftOf(org, LocalDate.now(KOEGE).plusDays(5).atTime(10, 0).atZone(KOEGE).toInstant());
            assertThat(api.post("api/v1/partner/pavilion/shifts/" + block + "/take", null,
                    Api.basic(partner.getString("email"), PASSWORD)).status()).isEqualTo(200);

            // an English link to the page: the sign-in in English, then the page
            browser.get(deployment + "partner/blocks?lang=en");
            wait.until(ExpectedConditions.titleIs("Sign in"));
            signInOnPage(partner.getString("email"), PASSWORD);
            wait.until(ExpectedConditions.titleIs("Pavilion blocks"));
            browser.findElement(By.cssSelector("nav.languages a[hreflang='da']")).click();
            wait.until(ExpectedConditions.titleIs("Blokke i Pavillonen"));
            browser.findElement(By.cssSelector("nav.languages a[hreflang='en']")).click();
            wait.until(ExpectedConditions.titleIs("Pavilion blocks"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            var mine = browser.findElement(By.cssSelector("li[data-shift='" + block + "']"));
            mine.findElement(By.cssSelector("input.give-up")).click();
            var confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm")));
            assertThat(confirm.getText()).contains("Do you want to give this block up?");
            Accessibility.assertNoSeriousViolations(browser, "the partner's blocks in English, asking first");
            confirm.findElement(By.cssSelector("input.keep")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".confirm")));
            assertThat(browser.findElement(By.cssSelector("li[data-shift='" + block + "']")).getAttribute("class"))
                    .contains("mine");
            browser.findElement(By.cssSelector("li[data-shift='" + block + "'] input.give-up")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".confirm input.confirm-give-up")))
                    .click();
            awaitDone("You have given up the block.");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        });
    }

    private long shiftOf(JsonObject org, Instant start) {
        return api.post("api/v1/test-support/pavilion/shifts?place=" + org.getString("place") + "&organisation="
                + org.getString("organisation") + "&start=" + start + "&end=" + start.plusSeconds(7200), null)
                .json().getJsonNumber("id").longValue();
    }

    private void takesABlock() throws Exception {
        var org = api.post("api/v1/test-support/pavilion/organisations", null).json();
        var partner = person(org, "Pernille Partner");
        String coordinator = api.newStaff("COORDINATOR", null);
        Instant start = LocalDate.now(KOEGE).plusDays(9).atTime(14, 0).atZone(KOEGE).toInstant();
        long shift = api.post("api/v1/test-support/pavilion/shifts?place=" + org.getString("place")
                + "&organisation=" + org.getString("organisation") + "&start=" + start + "&end="
                + start.plusSeconds(7200) + "&needed=1", null).json().getJsonNumber("id").longValue();
        LocalDate day = start.atZone(KOEGE).toLocalDate();
        String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String row = "div.cell[data-shift='" + shift + "']";

        signIn("coordinator/rota?week=" + week, coordinator, Api.STAFF_PASSWORD);
        var gap = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)));
        assertThat(browser.findElement(By.id("week")).getText()).isEqualTo(week);
        assertThat(gap.getAttribute("class")).isEqualTo("cell gap");
        // a grid: the days across (its day's column), the block down (its time and place at the start of the line)
        assertThat(browser.findElements(By.cssSelector("table.rota thead th"))).hasSize(8);
        var line = gap.findElement(By.xpath("ancestor::tr"));
        assertThat(line.findElement(By.cssSelector("th[scope=row]")).getText())
                .contains("14:00–16:00", org.getString("placeName"));
        var column = gap.findElement(By.xpath("ancestor::td"));
        assertThat(line.findElements(By.cssSelector("td")).indexOf(column)).as("its weekday's column")
                .isEqualTo(day.getDayOfWeek().getValue() - 1);
        assertThat(browser.findElements(By.cssSelector("table.rota thead th")).get(day.getDayOfWeek().getValue())
                .getText()).contains(Integer.toString(day.getDayOfMonth()));
        assertThat(gap.findElement(By.cssSelector(".who")).getText()).isEqualTo(org.getString("organisationName"));
        assertThat(gap.findElement(By.cssSelector(".status")).getText()).contains("Hul: mangler 1");
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's rota");
        browser.manage().deleteAllCookies();

        signIn("partner/blocks", partner.getString("email"), PASSWORD);
        String block = "li[data-shift='" + shift + "']";
        var item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(block)));
        assertThat(item.getText()).contains("Ingen endnu");
        Accessibility.assertNoSeriousViolations(browser, "the partner's blocks");
        item.findElement(By.cssSelector("input.take")).click();
        awaitDone("Du har taget blokken.");
        var mine = browser.findElement(By.cssSelector(block));
        assertThat(mine.getAttribute("class")).contains("mine");
        assertThat(mine.findElement(By.cssSelector(".taken-by")).getText()).contains("Pernille Partner");
        assertThat(mine.findElements(By.cssSelector("input.give-up"))).hasSize(1);
        Accessibility.assertNoSeriousViolations(browser, "the partner's blocks after taking one");
        browser.manage().deleteAllCookies();

        signIn("coordinator/rota?week=" + week, coordinator, Api.STAFF_PASSWORD);
        var filled = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)));
        assertThat(filled.getAttribute("class")).isEqualTo("cell full");
        assertThat(filled.findElement(By.cssSelector(".people")).getText()).contains("Pernille Partner", "+4521119901");
        assertThat(filled.findElements(By.cssSelector("input.call"))).isEmpty();

        browser.findElement(By.id("print")).click();
        wait.until(ExpectedConditions.urlContains("print=true"));
        var printed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)));
        assertThat(printed.getText()).contains("Pernille Partner");
        assertThat(printed.findElement(By.xpath("ancestor::tr")).getText().split("14:00–16:00", -1))
                .as("each time shown once").hasSize(2);
        assertThat(browser.findElements(By.id("previous"))).as("no navigation when printing").isEmpty();
        assertThat(browser.findElements(By.cssSelector("input.call"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("print");
        Accessibility.assertNoSeriousViolations(browser, "the rota's print view");

        // asked after the cut-off, the coordinator releases her from the shift's own page; she is told
        browser.get(deployment + "coordinator/rota?week=" + week);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " a.shift"))).click();
        var holder = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-assignment]")));
        assertThat(holder.getText()).contains("Pernille Partner", "+4521119901", partner.getString("email"));
        assertThat(browser.findElement(By.id("staffed")).getText()).isEqualTo("1 af 1");
        Accessibility.assertNoSeriousViolations(browser, "the coordinator's shift page");
        String assignment = holder.getAttribute("data-assignment");
        holder.findElement(By.cssSelector("input.release")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm")));
        assertThat(browser.findElement(By.cssSelector(".confirm")).getText()).contains("Vil du fritage personen");
        Accessibility.assertNoSeriousViolations(browser, "the shift page asking before a release");
        browser.findElement(By.cssSelector(".confirm input.confirm-release")).click();
        awaitDone("Personen er fritaget for vagten og har fået besked.");
        assertThat(browser.findElement(By.id("nobody")).getText()).isEqualTo("Ingen har taget vagten endnu.");
        assertThat(browser.findElement(By.id("staffed")).getText()).isEqualTo("0 af 1");
        assertThat(api.get("api/v1/test-support/outbox?topic=shift-assignment:" + assignment).array()
                .getValuesAs(jakarta.json.JsonObject.class))
                .as("the release is told, not withdrawn with her reminders")
                .filteredOn(m -> m.getString("kind").equals("CANCELLATION"))
                .extracting(m -> m.getString("status")).isNotEmpty().doesNotContain("CANCELLED");
        browser.get(deployment + "coordinator/rota?week=" + week);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row)))
                .getAttribute("class")).isEqualTo("cell gap");
    }

    private void publicPage() throws Exception {
        var jobcentre = api.post("api/v1/test-support/pavilion/organisations?code=jobcenter", null).json();
        var jonas = person(jobcentre, "Jonas Pagesen");
        LocalDate day = LocalDate.now(KOEGE).plusDays(400 + (int) (Math.random() * 60));
        Instant start = day.atTime(14, 0).atZone(KOEGE).toInstant();
        api.clock(day.atTime(8, 0).atZone(KOEGE).toInstant());
        long shift = api.post("api/v1/test-support/pavilion/shifts?place=" + jobcentre.getString("place")
                + "&organisation=jobcenter&start=" + start + "&end=" + start.plusSeconds(7200), null).json()
                .getJsonNumber("id").longValue();
        var taken = api.post("api/v1/partner/pavilion/shifts/" + shift + "/take", null,
                Api.basic(jonas.getString("email"), PASSWORD));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);

        browser.get(deployment + "pavilion?lang=da");
        var present = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#today li[data-organisation='jobcenter']")));
        assertThat(browser.getTitle()).isEqualTo("Hvem er i Pavillonen i dag?");
        assertThat(present.getText()).contains("Organisation jobcenter", "Hjælp til job, uddannelse og ydelser.");
        assertThat(browser.findElement(By.id("today")).getText()).contains("14:00–16:00");
        assertThat(browser.getPageSource()).doesNotContain("Jonas");
        Accessibility.assertNoSeriousViolations(browser, "the pavilion page in Danish");

        browser.findElement(By.cssSelector("nav.languages a[hreflang='ar']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.getTitle()).isEqualTo("من يوجد في الجناح اليوم؟");
        assertThat(browser.findElement(By.cssSelector("#today li[data-organisation='jobcenter']")).getText())
                .contains("مساعدة في العمل والتعليم والإعانات.");
        assertThat(browser.getPageSource()).doesNotContain("Jonas");
        Accessibility.assertNoSeriousViolations(browser, "the pavilion page in Arabic");
    }

    private JsonObject person(JsonObject org, String name) {
        return api.post("api/v1/test-support/pavilion/people?role=PARTNER&organisation=" + org.getString("organisation")
                + "&phone=%2B4521119901&sms=true&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null).json();
    }

    private void signIn(String page, String email, String password) {
        browser.get(deployment + page);
        signInOnPage(email, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
