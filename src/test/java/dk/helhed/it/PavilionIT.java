package dk.helhed.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pavilion and the rota over REST, inside Payara Micro on MariaDB, with GreenMail and the fake Twilio: blocks
 * become shifts, partner staff take, give up and swap their own organisation's blocks (and only those), coordinators
 * read the rota as JSON and CSV and the gaps, call for help and get the morning digest; residents see who is there
 * without names. Every test seeds its own organisation and place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PavilionIT {
    private static final ZoneId KOEGE = ZoneId.of("Europe/Copenhagen");
    private static final String PASSWORD = "correct-horse-7";
    private static FakeTwilio twilio;
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
        twilio = new FakeTwilio(Integer.getInteger("it.twilio.port"));
        smtp = new FakeSmtp(Integer.getInteger("it.smtp.port"));
    }

    @AfterAll
    static void stopServers() {
        twilio.stop();
        smtp.stop();
    }

    @BeforeEach
    void realTime() {
        api = new Api(deployment);
        api.realClock();
    }

    @Test
    void aCoordinatorsBlockBecomesShiftsForTheNextWeeksOnceAndBadInputIsRefusedField() {
        var org = organisation(null);
        var other = organisation(null);
        String coordinator = api.newStaff("COORDINATOR", null);
        String body = Json.createObjectBuilder().add("place", org.getString("place")).add("weekday", "tuesday")
                .add("start", "14:00").add("end", "16:00")
                .add("needs", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("organisation", org.getString("organisation")))
                        .add(Json.createObjectBuilder().add("organisation", other.getString("organisation"))
                                .add("people", 2))).build().toString();

        var created = api.post("api/v1/coordinator/pavilion-blocks", body, Api.as(coordinator));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        var shifts = api.get("api/v1/test-support/pavilion/shifts?series=pavilion:" + id).array();
        assertThat(created.json().getInt("shiftsMade")).isEqualTo(shifts.size()).isBetween(12, 18);
        assertThat(shifts).allSatisfy(s -> {
            var start = Instant.parse(s.asJsonObject().getString("start")).atZone(KOEGE);
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(start.toLocalTime()).hasToString("14:00");
            assertThat(start.toInstant()).isAfter(Instant.now());
        });
        assertThat(shifts).filteredOn(s -> s.asJsonObject().getString("organisation")
                .equals(other.getString("organisation"))).allSatisfy(s ->
                assertThat(s.asJsonObject().getInt("needed")).isEqualTo(2));

        api.post("api/v1/test-support/pavilion/generate", null);
        assertThat(api.get("api/v1/test-support/pavilion/shifts?series=pavilion:" + id).array())
                .as("generating again makes no duplicates").hasSize(shifts.size());
        assertThat(api.get("api/v1/coordinator/pavilion-blocks", Api.as(coordinator)).array())
                .anySatisfy(b -> assertThat(b.asJsonObject().getJsonNumber("id").longValue()).isEqualTo(id));

        int blocks = api.get("api/v1/coordinator/pavilion-blocks", Api.as(coordinator)).array().size();
        var bad = api.post("api/v1/coordinator/pavilion-blocks", "{\"place\":\"nowhere\",\"weekday\":\"someday\","
                + "\"start\":\"25:00\",\"end\":\"16:00\"}", Api.as(coordinator)[0], Api.as(coordinator)[1],
                "Accept-Language", "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .contains("place", "weekday", "start", "needs");
        var nullNeed = api.post("api/v1/coordinator/pavilion-blocks", Json.createObjectBuilder()
                .add("place", org.getString("place")).add("weekday", "tuesday").add("start", "14:00")
                .add("end", "16:00").add("needs", Json.createArrayBuilder().addNull()).build().toString(),
                Api.as(coordinator));
        assertThat(nullNeed.status()).as(nullNeed.body()).isEqualTo(400);
        assertThat(nullNeed.contentType()).startsWith("application/problem+json");
        assertThat(nullNeed.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .containsExactly("needs");
        assertThat(api.get("api/v1/coordinator/pavilion-blocks", Api.as(coordinator)).array())
                .as("nothing half-made").hasSize(blocks);
    }

    @Test
    void aBlockChangedFromNowOnWithdrawsTheShiftsItNoLongerHasTellsTheirHoldersAndIsDeletedOnlyIfNobodyHeldOne()
            throws Exception {
        var org = organisation(null);
        var other = organisation(null);
        var anna = partner(org, "+4521110041", false, "Anna Ændring");
        var bo = partner(org, "+4521110042", false, "Bo Blok");
        var stranger = partner(other, "+4521110043", false, "Sif Sidst");
        String coordinator = api.newStaff("COORDINATOR", null);
        String weekday = LocalDate.now(KOEGE).plusDays(2).getDayOfWeek().name();
        long id = api.post("api/v1/coordinator/pavilion-blocks", blockJson(org.getString("place"), weekday,
                org.getString("organisation") + ":2", other.getString("organisation") + ":1"),
                Api.as(coordinator)).json().getJsonNumber("id").longValue();
        var ours = shiftsOf(id, org.getString("organisation"));
        assertThat(ours).hasSizeGreaterThanOrEqualTo(3);
        take(anna, id(ours.get(0)));
        take(bo, id(ours.get(0)));
        take(anna, id(ours.get(2)));
        take(stranger, id(shiftsOf(id, other.getString("organisation")).get(0)));
        String lastDay = Instant.parse(ours.get(1).getString("start")).atZone(KOEGE).toLocalDate().toString();
        api.dispatch();
        int annasMails = smtp.to(anna.getString("email")).size();
        int strangersMails = smtp.to(stranger.getString("email")).size();

        // two people hold the first shift: one is too few, and nothing changes
        var tooFew = api.put("api/v1/coordinator/pavilion-blocks/" + id, changeJson(lastDay,
                org.getString("organisation") + ":1"), Api.as(coordinator));
        assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(409);
        assertThat(tooFew.json().getString("type")).isEqualTo("urn:helhed:problem:shift.resize.taken");
        assertThat(tooFew.json().getString("detail")).startsWith("2 personer har allerede taget");
        assertThat(shiftsOf(id, other.getString("organisation"))).as("nothing half-changed")
                .allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("OPEN"));
        assertThat(shiftsOf(id, org.getString("organisation")).get(2).getInt("taken")).isEqualTo(1);

        var changed = api.put("api/v1/coordinator/pavilion-blocks/" + id, changeJson(lastDay,
                org.getString("organisation") + ":2"), Api.as(coordinator));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("validUntil")).isEqualTo(lastDay);
        assertThat(changed.json().getJsonArray("needs")).singleElement().satisfies(n ->
                assertThat(n.asJsonObject().getString("organisation")).isEqualTo(org.getString("organisation")));
        assertThat(shiftsOf(id, other.getString("organisation"))).as("the organisation left out")
                .allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("CANCELLED"));
        assertThat(shiftsOf(id, org.getString("organisation"))).allSatisfy(s -> assertThat(s.getString("status"))
                .isEqualTo(Instant.parse(s.getString("start")).atZone(KOEGE).toLocalDate()
                        .isAfter(LocalDate.parse(lastDay)) ? "CANCELLED" : "OPEN"));
        api.dispatch();
        assertThat(smtp.awaitMailsTo(anna.getString("email"), annasMails + 1)).last().satisfies(m ->
                assertThat(m.subject()).startsWith("Du er fritaget for din vagt"));
        assertThat(smtp.awaitMailsTo(stranger.getString("email"), strangersMails + 1)).last().satisfies(m ->
                assertThat(m.subject()).startsWith("Du er fritaget for din vagt"));
        assertThat(smtp.to(bo.getString("email"))).as("Bo keeps his shift and is not told")
                .noneMatch(m -> m.subject().startsWith("Du er fritaget"));
        api.post("api/v1/test-support/pavilion/generate", null);
        assertThat(shiftsOf(id, org.getString("organisation"))).as("the generator keeps to the last day")
                .filteredOn(s -> s.getString("status").equals("OPEN"))
                .allSatisfy(s -> assertThat(Instant.parse(s.getString("start")).atZone(KOEGE).toLocalDate())
                        .isBeforeOrEqualTo(LocalDate.parse(lastDay)));

        // the organisation left out is wanted again: its coming shifts up to the last day open again, nobody on them
        var again = api.put("api/v1/coordinator/pavilion-blocks/" + id, changeJson(lastDay,
                org.getString("organisation") + ":2", other.getString("organisation") + ":1"), Api.as(coordinator));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getInt("shiftsMade")).isPositive();
        assertThat(shiftsOf(id, other.getString("organisation"))).filteredOn(s -> !Instant.parse(s.getString("start"))
                        .atZone(KOEGE).toLocalDate().isAfter(LocalDate.parse(lastDay)))
                .isNotEmpty().allSatisfy(s -> {
                    assertThat(s.getString("status")).isEqualTo("OPEN");
                    assertThat(s.getInt("taken")).isZero();
                });

        // bad input: refused on its field, in English when asked, never a 500
        String[] english = {Api.as(coordinator)[0], Api.as(coordinator)[1], "Accept-Language", "en"};
        var bad = api.put("api/v1/coordinator/pavilion-blocks/" + id, "{\"validUntil\":\"soon\",\"needs\":[]}",
                english);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .containsExactlyInAnyOrder("validUntil", "needs");
        assertThat(api.put("api/v1/coordinator/pavilion-blocks/" + id, changeJson("", "no-such-org:1"),
                Api.as(coordinator)).status()).isEqualTo(400);
        assertThat(api.put("api/v1/coordinator/pavilion-blocks/" + id, "not json", Api.as(coordinator)).status())
                .isEqualTo(400);
        assertThat(api.put("api/v1/coordinator/pavilion-blocks/999999999", changeJson("", org.getString(
                "organisation") + ":1"), Api.as(coordinator)).status()).isEqualTo(404);
        assertThat(api.put("api/v1/coordinator/pavilion-blocks/" + id, changeJson("", org.getString(
                "organisation") + ":1"), as(anna)).status()).isEqualTo(403);
        assertThat(api.delete("api/v1/coordinator/pavilion-blocks/" + id).status()).isEqualTo(401);
        for (String role : List.of("VOLUNTEER", "ADVISER")) {
            String[] as = Api.as(api.newStaff(role, null));
            assertThat(api.put("api/v1/coordinator/pavilion-blocks/" + id, changeJson("", org.getString(
                    "organisation") + ":1"), as).status()).as(role).isEqualTo(403);
            assertThat(api.delete("api/v1/coordinator/pavilion-blocks/" + id, as).status()).as(role).isEqualTo(403);
        }
        assertThat(api.delete("api/v1/coordinator/pavilion-blocks/" + id, as(anna)).status()).isEqualTo(403);

        // someone held one of its shifts: it keeps its history and gets a last day instead
        var used = api.delete("api/v1/coordinator/pavilion-blocks/" + id, Api.as(coordinator));
        assertThat(used.status()).as(used.body()).isEqualTo(409);
        assertThat(used.json().getString("type")).isEqualTo("urn:helhed:problem:pavilion.block.used");
        assertThat(shiftsOf(id, org.getString("organisation"))).isNotEmpty();

        long unused = api.post("api/v1/coordinator/pavilion-blocks", blockJson(org.getString("place"), weekday,
                org.getString("organisation") + ":1"), Api.as(coordinator)).json().getJsonNumber("id").longValue();
        assertThat(shiftsOf(unused, org.getString("organisation"))).isNotEmpty();
        assertThat(api.delete("api/v1/coordinator/pavilion-blocks/" + unused, Api.as(coordinator)).status())
                .isEqualTo(204);
        assertThat(shiftsOf(unused, org.getString("organisation"))).isEmpty();
        assertThat(api.get("api/v1/coordinator/pavilion-blocks", Api.as(coordinator)).array())
                .noneMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == unused);
        assertThat(api.delete("api/v1/coordinator/pavilion-blocks/" + unused, Api.as(coordinator)).status())
                .isEqualTo(404);
    }

    private static String blockJson(String place, String weekday, String... needs) {
        return Json.createObjectBuilder().add("place", place).add("weekday", weekday).add("start", "10:00")
                .add("end", "12:00").add("needs", needsJson(needs)).build().toString();
    }

    private static String changeJson(String validUntil, String... needs) {
        return Json.createObjectBuilder().add("validUntil", validUntil).add("needs", needsJson(needs)).build()
                .toString();
    }

    private static jakarta.json.JsonArrayBuilder needsJson(String... needs) {
        var array = Json.createArrayBuilder();
        for (String need : needs) {
            String[] kv = need.split(":");
            array.add(Json.createObjectBuilder().add("organisation", kv[0]).add("people", Integer.parseInt(kv[1])));
        }
        return array;
    }

    private List<JsonObject> shiftsOf(long block, String organisation) {
        return api.get("api/v1/test-support/pavilion/shifts?series=pavilion:" + block).array().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("organisation").equals(organisation)).toList();
    }

    @Test
    void staffTakeTheirOwnOrganisationsBlocksOnlyAndSeeColleaguesNamesButNoPhones() {
        var a = organisation(null);
        var b = organisation(null);
        var anna = partner(a, "+4521110001", true, "Anna Andersen");
        var bo = partner(a, "+4521110002", false, "Bo Bech");
        var bella = partner(b, "+4521110003", true, "Bella Berg");
        long aShift = shift(a, daysAhead(5, 14), 2);
        long bShift = shift(b, daysAhead(5, 14), 1);

        var taken = api.post("api/v1/partner/pavilion/shifts/" + aShift + "/take", null, as(anna));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().getString("status")).isEqualTo("TAKEN");

        var refused = api.post("api/v1/partner/pavilion/shifts/" + bShift + "/take", null, as(anna));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:helhed:problem:shift.other-organisation");
        api.post("api/v1/partner/pavilion/shifts/" + bShift + "/take", null, as(bella));
        var notHers = api.post("api/v1/partner/pavilion/shifts/" + bShift + "/give-up", null, as(anna));
        assertThat(notHers.status()).isEqualTo(403);
        assertThat(notHers.json().getString("type")).isEqualTo("urn:helhed:problem:shift.other-organisation");

        var seen = api.get("api/v1/partner/pavilion/blocks", as(bo));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.array()).extracting(v -> v.asJsonObject().getJsonNumber("shiftId").longValue())
                .contains(aShift).doesNotContain(bShift);
        var block = find(seen.array(), aShift);
        assertThat(block.getJsonArray("takenBy")).extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactly("Anna Andersen");
        assertThat(block.getBoolean("mine")).isFalse();
        assertThat(block.getInt("missing")).isEqualTo(1);
        assertThat(seen.body()).doesNotContain("+4521110001", "21110001", anna.getString("email"));
        var colleagues = api.get("api/v1/partner/pavilion/colleagues", as(bo));
        assertThat(colleagues.array()).extracting(c -> c.asJsonObject().getString("name")).contains("Anna Andersen");
        assertThat(colleagues.body()).doesNotContain("+4521110001");
        assertThat(api.get("api/v1/test-support/access-log?subject=organisation:" + a.getString("organisation"))
                .json().getInt("entries")).as("the look at colleagues is logged").isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyCoordinatorsSeeTheRotaTheCsvAndTheGaps() {
        var org = organisation(null);
        var partner = partner(org, "+4521110011", false, "Pia Partner");
        var volunteer = api.post("api/v1/test-support/pavilion/people?role=VOLUNTEER&subjects=MATHS", null).json();
        for (String path : List.of("api/v1/coordinator/rota", "api/v1/coordinator/rota.csv",
                "api/v1/coordinator/gaps", "api/v1/coordinator/pavilion-blocks")) {
            assertThat(api.get(path, as(partner)).status()).as("partner: " + path).isEqualTo(403);
            assertThat(api.get(path, as(volunteer)).status()).as("volunteer: " + path).isEqualTo(403);
            assertThat(api.get(path).status()).as("nobody: " + path).isEqualTo(401);
        }
        long shift = shift(org, daysAhead(4, 10), 1);
        assertThat(api.post("api/v1/coordinator/shifts/" + shift + "/call-for-help", null, as(partner)).status())
                .isEqualTo(403);
    }

    @Test
    void staffGiveUpTheirBlockBeforeTheCutOffButNotAfter() {
        var org = organisation(null);
        var anna = partner(org, null, false, "Anna Ambrosius");
        long later = shift(org, daysAhead(6, 14), 1);
        long tomorrowSoon = shift(org, Instant.now().plusSeconds(6 * 3600), 1);
        take(anna, later);
        take(anna, tomorrowSoon);

        var given = api.post("api/v1/partner/pavilion/shifts/" + later + "/give-up", null, as(anna));
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(given.json().getString("status")).isEqualTo("RELEASED");
        assertThat(find(api.get("api/v1/partner/pavilion/blocks", as(anna)).array(), later).getInt("missing"))
                .isEqualTo(1);

        var tooLate = api.post("api/v1/partner/pavilion/shifts/" + tomorrowSoon + "/give-up", null, as(anna));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().getString("type")).isEqualTo("urn:helhed:problem:shift.too-late-to-cancel");
        var notMine = api.post("api/v1/partner/pavilion/shifts/" + later + "/give-up", null, as(anna));
        assertThat(notMine.status()).isEqualTo(409);
    }

    @Test
    void aHandOverProposedAndAcceptedMovesTheBlockAndBothAreTold() throws Exception {
        var org = organisation(null);
        var anna = partner(org, "+4521110021", true, "Anna Aagaard");
        var bo = partner(org, "+4521110022", true, "Bo Bjerre");
        long shift = shift(org, daysAhead(7, 14), 1);
        take(anna, shift);

        var proposed = api.post("api/v1/partner/pavilion/swaps", "{\"shiftId\":" + shift + ",\"colleagueId\":"
                + id(bo) + "}", as(anna));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long swap = proposed.json().getJsonNumber("id").longValue();
        assertThat(api.get("api/v1/partner/pavilion/swaps", as(bo)).array()).singleElement().satisfies(s -> {
            assertThat(s.asJsonObject().getBoolean("forMe")).isTrue();
            assertThat(s.asJsonObject().getString("proposer")).isEqualTo("Anna Aagaard");
        });
        api.dispatch();
        assertThat(smtp.awaitMailsTo(bo.getString("email"), 1)).singleElement().satisfies(m ->
                assertThat(m.body()).contains("Anna Aagaard", "/partner/blocks"));
        assertThat(twilio.awaitSentTo("+4521110022", 1)).hasSize(1);

        var accepted = api.post("api/v1/partner/pavilion/swaps/" + swap + "/accept", null, as(bo));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

        var block = find(api.get("api/v1/partner/pavilion/blocks", as(bo)).array(), shift);
        assertThat(block.getBoolean("mine")).isTrue();
        assertThat(block.getJsonArray("takenBy")).hasSize(1);
        assertThat(block.getInt("taken")).as("the count did not change").isEqualTo(1);
        assertThat(find(api.get("api/v1/partner/pavilion/blocks", as(anna)).array(), shift).getBoolean("mine"))
                .isFalse();
        api.dispatch();
        // Anna already has the confirmation of taking the block: wait for the second mail, not any one
        assertThat(smtp.awaitMailsTo(anna.getString("email"), 2)).anySatisfy(m ->
                assertThat(m.subject()).isEqualTo("Din blok i Pavillonen er overdraget"));
        assertThat(smtp.awaitMailsTo(bo.getString("email"), 2)).hasSize(2).anySatisfy(m ->
                assertThat(m.subject()).isEqualTo("Byttet i Pavillonen er gennemført"));
        assertThat(api.post("api/v1/partner/pavilion/swaps/" + swap + "/accept", null, as(bo)).status())
                .as("answered already").isEqualTo(409);
    }

    @Test
    void anExchangeSwapsBothBlocksAtOnceAndAProposalWhoseBlockChangedHandsIsStale() {
        var org = organisation(null);
        var anna = partner(org, null, false, "Anna Arnesen");
        var bo = partner(org, null, false, "Bo Brandt");
        long annas = shift(org, daysAhead(8, 14), 1);
        long bos = shift(org, daysAhead(9, 10), 1);
        take(anna, annas);
        take(bo, bos);

        long swap = propose(anna, annas, bo, bos);
        var accepted = api.post("api/v1/partner/pavilion/swaps/" + swap + "/accept", null, as(bo));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(find(api.get("api/v1/partner/pavilion/blocks", as(anna)).array(), bos).getBoolean("mine")).isTrue();
        assertThat(find(api.get("api/v1/partner/pavilion/blocks", as(bo)).array(), annas).getBoolean("mine")).isTrue();

        long stale = propose(anna, bos, bo, annas);
        assertThat(api.post("api/v1/partner/pavilion/shifts/" + bos + "/give-up", null, as(anna)).status())
                .isEqualTo(200);
        var refused = api.post("api/v1/partner/pavilion/swaps/" + stale + "/accept", null, as(bo));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("type")).isEqualTo("urn:helhed:problem:swap.stale");
        assertThat(find(api.get("api/v1/partner/pavilion/blocks", as(bo)).array(), annas).getBoolean("mine"))
                .as("nothing changed").isTrue();
        assertThat(api.get("api/v1/partner/pavilion/swaps", as(bo)).array()).isEmpty();

        take(anna, bos);
        long declined = propose(anna, bos, bo, null);
        var no = api.post("api/v1/partner/pavilion/swaps/" + declined + "/decline", null, as(bo));
        assertThat(no.status()).isEqualTo(200);
        assertThat(no.json().getString("status")).isEqualTo("DECLINED");
        assertThat(api.post("api/v1/partner/pavilion/swaps/" + declined + "/accept", null, as(bo)).status())
                .isEqualTo(409);
        assertThat(api.post("api/v1/partner/pavilion/swaps/" + declined + "/accept", null, as(anna)).status())
                .as("not the proposer's to answer").isEqualTo(403);
    }

    @Test
    void noSwapWithAnotherOrganisationsStaff() {
        var a = organisation(null);
        var b = organisation(null);
        var anna = partner(a, null, false, "Anna Aske");
        var bella = partner(b, null, false, "Bella Bonde");
        long annas = shift(a, daysAhead(8, 10), 1);
        long bellas = shift(b, daysAhead(9, 10), 1);
        take(anna, annas);
        take(bella, bellas);

        var handOver = api.post("api/v1/partner/pavilion/swaps", "{\"shiftId\":" + annas + ",\"colleagueId\":"
                + id(bella) + "}", as(anna));
        var exchange = api.post("api/v1/partner/pavilion/swaps", "{\"shiftId\":" + annas + ",\"colleagueId\":"
                + id(bella) + ",\"wantedShiftId\":" + bellas + "}", as(anna));
        var theirs = api.post("api/v1/partner/pavilion/swaps", "{\"shiftId\":" + bellas + ",\"colleagueId\":"
                + id(bella) + "}", as(anna));

        assertThat(List.of(handOver.status(), exchange.status(), theirs.status())).containsOnly(403);
        assertThat(handOver.json().getString("type")).isEqualTo("urn:helhed:problem:swap.other-organisation");
    }

    @Test
    void theRotaShowsPeopleWithContactsAndGapsAsJsonAndCsvAndTheGapsListHasHomeworkToo() {
        var org = organisation(null);
        var anna = partner(org, "+4521110031", false, "Anna Ærø");
        String coordinator = api.newStaff("COORDINATOR", null);
        Instant start = daysAhead(10, 14);
        long full = shift(org, start, 1);
        long gap = shift(org, start, 2, org.getString("place"), organisation(null).getString("organisation"));
        take(anna, full);
        long homework = api.post("api/v1/test-support/pavilion/shifts?place=" + org.getString("place")
                + "&start=" + daysAhead(3, 15) + "&end=" + daysAhead(3, 15).plusSeconds(7200)
                + "&needed=2&subject=MATHS", null).json().getJsonNumber("id").longValue();
        LocalDate day = start.atZone(KOEGE).toLocalDate();
        String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        var rota = api.get("api/v1/coordinator/rota?week=" + week, Api.as(coordinator));
        assertThat(rota.status()).as(rota.body()).isEqualTo(200);
        assertThat(rota.json().getString("week")).isEqualTo(week);
        var cells = rota.json().getJsonArray("days").stream()
                .flatMap(d -> d.asJsonObject().getJsonArray("blocks").stream())
                .flatMap(b -> b.asJsonObject().getJsonArray("cells").stream()).map(JsonValue::asJsonObject).toList();
        var fullCell = cells.stream().filter(c -> c.getJsonNumber("shiftId").longValue() == full).findFirst()
                .orElseThrow();
        assertThat(fullCell.getBoolean("gap")).isFalse();
        assertThat(fullCell.getJsonArray("people")).singleElement().satisfies(p -> {
            assertThat(p.asJsonObject().getString("name")).isEqualTo("Anna Ærø");
            assertThat(p.asJsonObject().getString("phone")).isEqualTo("+4521110031");
            assertThat(p.asJsonObject().getString("email")).isEqualTo(anna.getString("email"));
        });
        var gapCell = cells.stream().filter(c -> c.getJsonNumber("shiftId").longValue() == gap).findFirst()
                .orElseThrow();
        assertThat(gapCell.getBoolean("gap")).isTrue();
        assertThat(gapCell.getInt("missing")).isEqualTo(2);
        assertThat(api.get("api/v1/coordinator/rota?week=2027-13", Api.as(coordinator)).status()).isEqualTo(400);

        var csv = api.get("api/v1/coordinator/rota.csv?week=" + week, Api.as(coordinator));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("rota-" + week + ".csv");
        assertThat(csv.body()).startsWith("\uFEFFDato;Ugedag;Fra;Til;");
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.body().split("\r\n")).anySatisfy(line -> assertThat(line)
                .contains(day + ";", ";14:00;16:00;", "Anna Ærø;+4521110031;" + anna.getString("email")));

        var gaps = api.get("api/v1/coordinator/gaps?weeks=4", Api.as(coordinator));
        assertThat(gaps.status()).isEqualTo(200);
        var ids = gaps.array().stream().collect(Collectors.toMap(g -> g.asJsonObject().getJsonNumber("shiftId")
                .longValue(), g -> g.asJsonObject().getString("kind")));
        assertThat(ids).containsEntry(gap, "PAVILION").containsEntry(homework, "HOMEWORK").doesNotContainKey(full);
        assertThat(api.get("api/v1/coordinator/gaps?weeks=0", Api.as(coordinator)).status()).isEqualTo(400);
    }

    @Test
    void aCallForHelpAsksEveryoneEligibleOnceAndNobodyBusyOrAlreadyOnIt() throws Exception {
        var org = organisation(null);
        String coordinator = api.newStaff("COORDINATOR", null);
        var on = partner(org, "+4521110041", true, "Olga On");
        var busy = partner(org, "+4521110042", true, "Bent Busy");
        var free = partner(org, "+4521110043", true, "Frida Free");
        var mailOnly = partner(org, "+4521110044", false, "Mads Mail");
        var elsewhere = partner(organisation(null), "+4521110045", true, "Else Elsewhere");
        Instant start = daysAhead(6, 14);
        long gap = shift(org, start, 2);
        long other = shift(org, start.plusSeconds(3600), 1);
        take(on, gap);
        take(busy, other);

        var called = api.post("api/v1/coordinator/shifts/" + gap + "/call-for-help", null, Api.as(coordinator));
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        assertThat(called.json().getInt("asked")).isEqualTo(2);
        api.dispatch();
        assertThat(smtp.awaitMailsTo(free.getString("email"), 1)).singleElement().satisfies(m ->
                assertThat(m.body()).contains("/partner/blocks", org.getString("organisationName")));
        assertThat(twilio.awaitSentTo("+4521110043", 1)).singleElement().satisfies(sms ->
                assertThat(sms.body()).contains("/partner/blocks"));
        assertThat(smtp.awaitMailsTo(mailOnly.getString("email"), 1)).hasSize(1);
        assertThat(twilio.sentTo("+4521110044")).as("no SMS consent").isEmpty();
        for (var nobody : List.of(on, busy, elsewhere)) {
            // those who took a block have its confirmation; nobody of these was asked for help
            assertThat(smtp.to(nobody.getString("email"))).as(nobody.getString("name"))
                    .noneMatch(m -> m.subject().startsWith("Kan du hjælpe?"));
        }

        assertThat(api.post("api/v1/coordinator/shifts/" + gap + "/call-for-help", null, Api.as(coordinator)).json()
                .getInt("asked")).as("each person once per shift").isZero();
        take(free, gap);
        var filled = api.post("api/v1/coordinator/shifts/" + gap + "/call-for-help", null, Api.as(coordinator));
        assertThat(filled.status()).isEqualTo(409);
        assertThat(filled.json().getString("type")).isEqualTo("urn:helhed:problem:rota.help.filled");
        long past = shift(org, Instant.now().minusSeconds(3600), 1);
        var begun = api.post("api/v1/coordinator/shifts/" + past + "/call-for-help", null, Api.as(coordinator));
        assertThat(begun.status()).isEqualTo(409);
        assertThat(begun.json().getString("type")).isEqualTo("urn:helhed:problem:shift.begun");
    }

    @Test
    void aCallForHelpOnHomeworkAsksVolunteersWhoTeachTheSubject() throws Exception {
        var place = organisation(null);
        String coordinator = api.newStaff("COORDINATOR", null);
        var maths = api.post("api/v1/test-support/pavilion/people?role=VOLUNTEER&subjects=MATHS&phone=%2B4521110051"
                + "&sms=true", null).json();
        var danish = api.post("api/v1/test-support/pavilion/people?role=VOLUNTEER&subjects=DANISH", null).json();
        Instant start = daysAhead(5, 15);
        long homework = api.post("api/v1/test-support/pavilion/shifts?place=" + place.getString("place")
                + "&start=" + start + "&end=" + start.plusSeconds(7200) + "&subject=MATHS", null).json()
                .getJsonNumber("id").longValue();

        var called = api.post("api/v1/coordinator/shifts/" + homework + "/call-for-help", null, Api.as(coordinator));

        assertThat(called.status()).as(called.body()).isEqualTo(200);
        assertThat(called.json().getInt("asked")).isPositive();
        api.dispatch();
        assertThat(smtp.awaitMailsTo(maths.getString("email"), 1)).singleElement().satisfies(m ->
                assertThat(m.body()).contains("/volunteer/shifts", "matematik"));
        assertThat(twilio.awaitSentTo("+4521110051", 1)).hasSize(1);
        assertThat(smtp.to(danish.getString("email"))).isEmpty();
    }

    @Test
    void theMorningDigestTellsCoordinatorsOnceADayAfterSeven() throws Exception {
        var org = organisation(null);
        String coordinator = api.newStaff("COORDINATOR", null);
        LocalDate day = LocalDate.now(KOEGE).plusDays(40 + (int) (Math.random() * 200));
        long gap = shift(org, day.plusDays(2).atTime(14, 0).atZone(KOEGE).toInstant(), 1);

        api.clock(day.atTime(6, 59).atZone(KOEGE).toInstant());
        assertThat(api.post("api/v1/test-support/pavilion/morning-digest", null).json().getInt("queued"))
                .as("before seven").isZero();
        api.clock(day.atTime(7, 1).atZone(KOEGE).toInstant());
        api.post("api/v1/test-support/pavilion/morning-digest", null);
        api.dispatch();

        assertThat(smtp.awaitMailsTo(coordinator, 1)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Huller i vagtplanen de næste 7 dage");
            assertThat(m.body()).contains(org.getString("organisationName"), "mangler 1", "/coordinator/gaps");
        });
        api.clock(day.atTime(9, 0).atZone(KOEGE).toInstant());
        assertThat(api.post("api/v1/test-support/pavilion/morning-digest", null).json().getInt("queued"))
                .as("once a day").isZero();
        api.dispatch();
        assertThat(smtp.to(coordinator)).hasSize(1);
        assertThat(gap).isPositive();
    }

    @Test
    void thePublicPavilionApiNamesOrganisationsPresentButNoPeople() {
        var jobcentre = organisation("jobcenter");
        var org = organisation(null);
        var jonas = partner(jobcentre, "+4521110061", true, "Jonas Jobsen");
        LocalDate day = LocalDate.now(KOEGE).plusDays(300 + (int) (Math.random() * 60));
        Instant start = day.atTime(14, 0).atZone(KOEGE).toInstant();
        api.clock(day.atTime(8, 0).atZone(KOEGE).toInstant());
        long present = shift(jobcentre, start, 1, org.getString("place"), "jobcenter");
        shift(org, start, 1);
        take(jonas, present);

        var english = api.get("api/v1/pavilion/today", "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.json().getString("date")).isEqualTo(day.toString());
        var organisations = english.json().getJsonArray("openings").stream()
                .flatMap(o -> o.asJsonObject().getJsonArray("organisations").stream()).map(JsonValue::asJsonObject)
                .toList();
        assertThat(organisations).extracting(o -> o.getString("code")).contains("jobcenter")
                .as("nobody has taken its block").doesNotContain(org.getString("organisation"));
        assertThat(organisations).filteredOn(o -> o.getString("code").equals("jobcenter")).first()
                .satisfies(o -> assertThat(o.getString("helpsWith")).isEqualTo("Help with jobs, education and benefits."));
        assertThat(english.body()).doesNotContain("Jonas", "+4521110061", jonas.getString("email"));
        var arabic = api.get("api/v1/pavilion/week", "Accept-Language", "ar");
        assertThat(arabic.status()).isEqualTo(200);
        assertThat(arabic.array()).as("today and the six days after it, whatever the weekday").hasSize(7);
        assertThat(arabic.array().getJsonObject(0).getBoolean("today")).isTrue();
        assertThat(arabic.body()).contains("مساعدة في العمل").doesNotContain("Jonas");
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        var openapi = api.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("api/v1/coordinator/pavilion-blocks", "api/v1/coordinator/rota:",
                "api/v1/coordinator/rota.csv", "api/v1/coordinator/gaps", "api/v1/coordinator/shifts/{id}/call-for-help",
                "api/v1/partner/pavilion/blocks", "api/v1/partner/pavilion/shifts/{id}/take",
                "api/v1/partner/pavilion/shifts/{id}/give-up", "api/v1/partner/pavilion/swaps/{id}/accept",
                "api/v1/pavilion/today", "api/v1/pavilion/week");

        var yaml = api.get("api/v1/openapi");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.body()).startsWith("openapi: 3").contains("api/v1/coordinator/pavilion-blocks:");
        var json = api.get("api/v1/openapi", "Accept", "application/json");
        assertThat(json.contentType()).startsWith("application/json");
        var document = json.json();
        var schemas = document.getJsonObject("components").getJsonObject("schemas");
        Map<String, String> bodies = Map.of(
                "/api/v1/coordinator/events", "EventDraft",
                "/api/v1/coordinator/homework-series", "HomeworkSeriesDraft",
                "/api/v1/coordinator/homework-sessions/{id}/move", "SessionMoveDraft",
                "/api/v1/coordinator/school-holidays", "SchoolHolidayDraft",
                "/api/v1/coordinator/pavilion-blocks", "PavilionBlockDraft");
        Map<String, List<String>> properties = Map.of(
                "EventDraft", List.of("place", "title", "start", "end", "capacity", "repeatWeekly"),
                "HomeworkSeriesDraft", List.of("place", "weekdays", "start", "end", "termFirst", "termLast"),
                "SessionMoveDraft", List.of("date", "start", "end"),
                "SchoolHolidayDraft", List.of("name", "firstDay", "lastDay"),
                "PavilionBlockDraft", List.of("place", "weekday", "start", "end", "needs"));
        bodies.forEach((path, schema) -> {
            String ref = document.getJsonObject("paths").getJsonObject(path).getJsonObject("post")
                    .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("schema").getString("$ref");
            assertThat(ref).as(path).isEqualTo("#/components/schemas/" + schema);
            assertThat(schemas.getJsonObject(schema).getJsonObject("properties").keySet()).as(schema)
                    .containsAll(properties.get(schema));
        });
        assertThat(schemas.getJsonObject("EventDraft").getJsonObject("properties").keySet())
                .doesNotContain("weekdays", "needs", "firstDay");
    }

    // seeding and helpers

    private JsonObject organisation(String code) {
        return api.post("api/v1/test-support/pavilion/organisations" + (code == null ? "" : "?code=" + code), null)
                .json();
    }

    private JsonObject partner(JsonObject org, String phone, boolean sms, String name) {
        return api.post("api/v1/test-support/pavilion/people?role=PARTNER&organisation=" + org.getString("organisation")
                + (phone == null ? "" : "&phone=" + phone.replace("+", "%2B")) + "&sms=" + sms + "&name="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), null).json();
    }

    private long shift(JsonObject org, Instant start, int needed) {
        return shift(org, start, needed, org.getString("place"), org.getString("organisation"));
    }

    private long shift(JsonObject org, Instant start, int needed, String place, String organisation) {
        var reply = api.post("api/v1/test-support/pavilion/shifts?place=" + place + "&organisation=" + organisation
                + "&start=" + start + "&end=" + start.plusSeconds(7200) + "&needed=" + needed, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void take(JsonObject person, long shift) {
        var reply = api.post("api/v1/partner/pavilion/shifts/" + shift + "/take", null, as(person));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private long propose(JsonObject from, long shift, JsonObject to, Long wanted) {
        var reply = api.post("api/v1/partner/pavilion/swaps", "{\"shiftId\":" + shift + ",\"colleagueId\":" + id(to)
                + (wanted == null ? "" : ",\"wantedShiftId\":" + wanted) + "}", as(from));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long id(JsonObject person) {
        return person.getJsonNumber("id").longValue();
    }

    private static String[] as(JsonObject person) {
        return Api.basic(person.getString("email"), PASSWORD);
    }

    private static JsonObject find(JsonArray blocks, long shiftId) {
        return blocks.stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("shiftId").longValue() == shiftId).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + shiftId + " in " + blocks));
    }

    private static Instant daysAhead(int days, int hour) {
        return LocalDate.now(KOEGE).plusDays(days).atTime(hour, 0).atZone(KOEGE).toInstant();
    }
}
