package dk.helhed.demo.control;

import dk.helhed.appointments.boundary.AdviserHours;
import dk.helhed.events.boundary.EventAdministration;
import dk.helhed.events.entity.EventPlan;
import dk.helhed.homework.boundary.HomeworkAdministration;
import dk.helhed.homework.boundary.SchoolHolidays;
import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.pavilion.boundary.PavilionBlocks;
import dk.helhed.pavilion.boundary.PavilionStaff;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Role;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.plan.entity.Place;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.signin.boundary.StaffAccounts;
import dk.helhed.time.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The Køge plan as demo data, loaded on the first start of an empty database (and never again): its four estates,
 * the pavilion and the town centre as places (the street numbers are made up for the demo), its partner
 * organisations, and three volunteer economic advisers with the languages they speak and weekly hours, open-ended,
 * so the booking horizon (six weeks by default) always has free slots (one of them is on holiday for a week), and
 * staff accounts (the advisers as firstname@helhed.demo, koordinator@helhed.demo and admin@helhed.demo, all with
 * the password {@value #DEMO_PASSWORD}). Off unless {@code helhed.demo-data=true}, which scripts/run sets: a production database
 * never gets demo advisers. Everything goes through the capabilities' boundaries, as the secretariat's own set-up
 * would.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The demo's one password for every staff account; printed by scripts/run and in the README. */
    public static final String DEMO_PASSWORD = "helhed-demo";

    /**
     * The demo's one key for the second factor of every coordinator, admin and adviser account (they must sign in with
     * a code): printed by scripts/run and in the README, to add to an authenticator app or to give to
     * {@code oathtool --totp -b}.
     */
    public static final String DEMO_TOTP_KEY = "HELHEDDEMOKOEGEHELHEDDEMOKOEGEAA";

    @Inject
    TimeSource time;
    @Inject
    Plan plan;
    @Inject
    People people;
    @Inject
    StaffAccounts accounts;
    @Inject
    AdviserHours hours;
    @Inject
    EventAdministration events;
    @Inject
    HomeworkAdministration homework;
    @Inject
    SchoolHolidays schoolHolidays;
    @Inject
    PavilionBlocks pavilionBlocks;
    @Inject
    PavilionStaff pavilionStaff;
    @Inject
    Shifts shifts;

    @Inject
    @ConfigProperty(name = "helhed.demo-data", defaultValue = "false")
    boolean enabled;

    /**
     * The demo password's hash, made once for every demo account: each PBKDF2 hash costs 210,000 rounds (a tenth of a
     * second to half a second of CPU here), and the password is public anyway.
     */
    private String demoHash;

    @PostConstruct
    void load() {
        if (!enabled || plan.exists()) {
            return;
        }
        demoHash = accounts.hash(DEMO_PASSWORD);
        var koege = plan.start("koege", "Boligsocial helhedsplan Køge");
        Map<String, Place> places = new HashMap<>();
        for (String[] p : new String[][]{
                {"ellemarken-pavillonen", "Pavillonen Fælles Fremtid, Ellemarken", "Ellemarken 2, 4600 Køge"},
                {"ellemarken", "Områdekontoret i Ellemarken", "Ellemarken 10, 4600 Køge"},
                {"soeparken", "Områdekontoret i Søparken", "Søparken 16, 4600 Køge"},
                {"hastrupparken", "Områdekontoret i Hastrupparken", "Hastrupparken 30, 4600 Køge"},
                {"karlemoseparken", "Sekretariatet i Karlemoseparken", "Karlemoseparken 112, 4600 Køge"},
                {"koege-centrum", "Køge bymidte", "Torvet 1, 4600 Køge"}}) {
            places.put(p[0], plan.addPlace(koege, p[0], p[1], p[2]));
        }
        Map<String, Organisation> orgs = new HashMap<>();
        for (String[] o : new String[][]{
                {"sekretariatet", "Boligsocialt Fællessekretariat"},
                {"jobcenter", "Jobcenter Køge"},
                {"ssp", "SSP Køge"},
                {"familiecenter", "Familiecenter Køge"},
                {"ungecentrum", "Ungecentrum"},
                {"dansk-integration", "Center for Dansk og Integration"},
                {"dansk-flygtningehjaelp", "Dansk Flygtningehjælp"},
                {"dansk-folkehjaelp", "Dansk Folkehjælp"}}) {
            orgs.put(o[0], people.addOrganisation(koege, o[0], o[1]));
        }
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        accounts.open("koordinator@helhed.demo", "Maja Koordinator", demoHash, null, EnumSet.of(Role.COORDINATOR));
        accounts.secondFactor("koordinator@helhed.demo", DEMO_TOTP_KEY);
        accounts.open("admin@helhed.demo", "Anders Admin", demoHash, null, EnumSet.of(Role.ADMIN));
        accounts.secondFactor("admin@helhed.demo", DEMO_TOTP_KEY);
        // on holiday the whole of the week after next, so the pavilion has a gap to show
        LocalDate holiday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        adviser("Birgitte Holm", "+4522334455", orgs.get("dansk-folkehjaelp"), places.get("ellemarken-pavillonen"),
                DayOfWeek.TUESDAY, "13:00", "16:00", today,
                new AdviserHours.Absence(holiday.toString(), holiday.plusDays(6).toString(), "HOLIDAY"), "da", "en");
        adviser("Karim Haddad", "+4522334466", orgs.get("dansk-folkehjaelp"), places.get("karlemoseparken"),
                DayOfWeek.WEDNESDAY, "10:00", "13:00", today, null, "da", "ar", "en");
        adviser("Hodan Farah", "+4522334477", orgs.get("jobcenter"), places.get("koege-centrum"),
                DayOfWeek.THURSDAY, "15:00", "18:00", today, null, "da", "so", "en");
        demoVolunteers();
        demoEvents(today);
        demoHomework(today);
        demoPavilion(orgs);
        LOG.info("Demo data of the Køge plan loaded");
    }

    /** An adviser's person, account and weekly hours; an absence (if any) before the hours, so no slot is made then. */
    private void adviser(String name, String phone, Organisation org, Place place, DayOfWeek day, String from,
                         String to, LocalDate validFrom, AdviserHours.Absence absence, String... languages) {
        var person = people.add(name, new PhoneNumber(phone), null, org, false, List.of(), List.of(), List.of());
        var adviser = hours.addAdviser(person, Arrays.stream(languages).map(SpokenLanguage::new).toList());
        String email = name.toLowerCase(Locale.ROOT).split(" ")[0] + "@helhed.demo";
        accounts.open(email, name, demoHash, person, EnumSet.of(Role.ADVISER));
        accounts.secondFactor(email, DEMO_TOTP_KEY);
        if (absence != null) {
            hours.addAbsence(adviser, absence);
        }
        hours.addWeeklyHours(adviser, new AdviserHours.WeeklyHours(place.code(), day.name(), from, to, 45,
                validFrom.toString(), null));
    }

    /**
     * Køge Kommune's school holidays 2026/27, and Studieplaneten's homework help at the local offices in Ellemarken
     * and Karlemoseparken, Tuesdays and Thursdays 15:00-17:00 until the end of the school year (at most the longest
     * term), each session needing a maths tutor, a Danish tutor and one for any subject, with eight child seats.
     */
    private void demoHomework(LocalDate today) {
        for (String[] h : new String[][]{
                {"Efterårsferie (uge 42)", "2026-10-10", "2026-10-18"},
                {"Juleferie", "2026-12-19", "2027-01-03"},
                {"Vinterferie (uge 7)", "2027-02-13", "2027-02-21"},
                {"Påskeferie", "2027-03-20", "2027-03-29"},
                {"Sommerferie", "2027-06-26", "2027-08-08"}}) {
            schoolHolidays.add(new SchoolHolidays.Draft(h[0], h[1], h[2]));
        }
        LocalDate end = LocalDate.of(today.getYear(), 6, 25);
        if (!end.isAfter(today)) {
            end = end.plusYears(1);
        }
        LocalDate last = end.isBefore(today.plusWeeks(44)) ? end : today.plusWeeks(44);
        for (String place : new String[]{"ellemarken", "karlemoseparken"}) {
            try {
                homework.create(new SessionPlan.Draft(place, null, List.of("TU", "TH"), "15:00", "17:00",
                        today.toString(), last.toString(), new SessionPlan.Tutors(1, 1, 1, null), 8));
            } catch (Refusal nothingToMake) {
                LOG.info("No demo homework help at " + place + ": " + nothingToMake.getMessage());
            }
        }
    }

    /**
     * Two volunteers who signed up and verified their e-mail: Amira teaches maths in Ellemarken, Jonas Danish and
     * English in Karlemoseparken.
     */
    private void demoVolunteers() {
        for (String[] v : new String[][]{
                {"amira@helhed.demo", "Amira Haddad", "+4522334488", "ar,da,en", "MATHS", "ellemarken"},
                {"jonas@helhed.demo", "Jonas Berg", "+4522334499", "da,en", "DANISH,ENGLISH", "karlemoseparken"}}) {
            var person = people.add(v[1], new PhoneNumber(v[2]), v[0], null, true,
                    Arrays.stream(v[3].split(",")).map(SpokenLanguage::new).toList(),
                    Arrays.stream(v[4].split(",")).map(Subject::valueOf).toList(), List.of(v[5]));
            accounts.openVolunteer(v[0], v[1], demoHash, person, "da");
        }
    }

    private void demoEvents(LocalDate today) {
        LocalDate thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        events.create(new EventPlan.Draft("karlemoseparken",
                new EventPlan.Wording("Køges Kvindenetværk: Kvindecafé", "Køge Women's Network: women's café",
                        "شبكة نساء كوغه: مقهى النساء"),
                new EventPlan.Wording("Mød andre kvinder over en kop te. Vi snakker, laver mad og deler erfaringer.",
                        "Meet other women over a cup of tea. We talk, cook and share experiences.",
                        "التقي بنساء أخريات مع كوب شاي. نتحدث ونطبخ ونتبادل الخبرات."),
                thursday + "T17:00", thursday + "T19:00", null, 12, new EventPlan.Weekly(6, null, null)));
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        events.create(new EventPlan.Draft("ellemarken",
                new EventPlan.Wording("Familiecafé i Ellemarken", "Family café in Ellemarken",
                        "مقهى العائلة في إلمركن"),
                new EventPlan.Wording("Leg, kage og en snak for hele familien.", "Play, cake and a chat for the whole family.",
                        "لعب وكعك وحديث لكل العائلة."),
                saturday + "T10:00", saturday + "T12:00", null, 3, null));
    }

    /**
     * The Fælles Fremtid pavilion's weekly blocks with the organisations that should be there, one partner staff
     * account per organisation (firstname@helhed.demo), and the first two weeks' blocks of three organisations taken,
     * so the rota shows both people and gaps.
     */
    private void demoPavilion(Map<String, Organisation> orgs) {
        String[][] staff = {{"jobcenter", "Jens Madsen", "+4522445501"}, {"ssp", "Sara Nielsen", "+4522445502"},
                {"familiecenter", "Fatima Ali", "+4522445503"}, {"ungecentrum", "Mikkel Jensen", "+4522445504"},
                {"dansk-integration", "Lone Madsen", "+4522445505"}, {"sekretariatet", "Ahmed Omar", "+4522445506"}};
        Map<String, String> emails = new HashMap<>();
        for (String[] s : staff) {
            String email = s[1].toLowerCase(Locale.ROOT).split(" ")[0] + "@helhed.demo";
            var person = people.add(s[1], new PhoneNumber(s[2]), email, orgs.get(s[0]), true, List.of(), List.of(),
                    List.of());
            accounts.open(email, s[1], demoHash, person, EnumSet.of(Role.PARTNER));
            emails.put(s[0], email);
        }
        Object[][] blocks = {{"MONDAY", "14:00", "16:00", new String[]{"jobcenter", "ssp"}},
                {"TUESDAY", "10:00", "12:00", new String[]{"familiecenter", "dansk-integration"}},
                {"TUESDAY", "14:00", "16:00", new String[]{"jobcenter", "ungecentrum", "sekretariatet"}},
                {"WEDNESDAY", "14:00", "16:00", new String[]{"ssp", "familiecenter", "ungecentrum"}},
                {"THURSDAY", "14:00", "16:00", new String[]{"dansk-integration", "sekretariatet", "jobcenter"}}};
        for (Object[] b : blocks) {
            pavilionBlocks.create(new PavilionBlocks.Draft("ellemarken-pavillonen", (String) b[0], (String) b[1],
                    (String) b[2], null, null, Arrays.stream((String[]) b[3])
                    .map(code -> new PavilionBlocks.Need(code, 1)).toList()));
        }
        var now = time.now();
        for (var shift : shifts.between(List.of(ShiftKind.PAVILION), now, now.plus(Duration.ofDays(14)), false)) {
            String email = emails.get(shift.organisation().code());
            if (List.of("jobcenter", "ssp", "sekretariatet").contains(shift.organisation().code())) {
                pavilionStaff.take(email, shift.id());
            }
        }
    }
}
