package dk.helhed.demo.control;

import dk.helhed.appointments.control.SlotGeneration;
import dk.helhed.appointments.entity.Adviser;
import dk.helhed.appointments.entity.Availability;
import dk.helhed.people.entity.Account;
import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.events.boundary.EventAdministration;
import dk.helhed.events.entity.EventPlan;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Role;
import dk.helhed.people.entity.Subject;
import dk.helhed.places.entity.Place;
import dk.helhed.signin.control.Passwords;
import dk.helhed.places.entity.SocialPlan;
import dk.helhed.time.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The Køge plan as demo data, loaded on the first start of an empty database (and never again): its four estates,
 * the pavilion and the town centre as places, its partner organisations, and three volunteer economic advisers with
 * the languages they speak and weekly hours, open-ended, so the booking horizon (six weeks by default) always has
 * free slots (one of them is on holiday for a week), and staff accounts (the advisers as firstname@helhed.demo, and
 * koordinator@helhed.demo, all with the password {@value #DEMO_PASSWORD}). Off unless
 * {@code helhed.demo-data=true}, which scripts/run sets: a production database never gets demo advisers.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    SlotGeneration slots;

    @Inject
    Passwords passwords;

    @Inject
    EventAdministration events;

    /** The demo's one password for every staff account; printed by scripts/run and in the README. */
    public static final String DEMO_PASSWORD = "helhed-demo";

    @Inject
    @ConfigProperty(name = "helhed.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || !em.createQuery("select p.id from SocialPlan p").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        var plan = persist(new SocialPlan("koege", "Boligsocial helhedsplan Køge"));
        Map<String, Place> places = new HashMap<>();
        for (String[] p : new String[][]{
                {"ellemarken-pavillonen", "Pavillonen Fælles Fremtid, Ellemarken", "Ellemarken, 4600 Køge"},
                {"ellemarken", "Områdekontoret i Ellemarken", "Ellemarken, 4600 Køge"},
                {"soeparken", "Områdekontoret i Søparken", "Søparken, 4600 Køge"},
                {"hastrupparken", "Områdekontoret i Hastrupparken", "Hastrupparken, 4600 Køge"},
                {"karlemoseparken", "Sekretariatet i Karlemoseparken", "Karlemoseparken, 4600 Køge"},
                {"koege-centrum", "Køge bymidte", "Køge midtby, 4600 Køge"}}) {
            places.put(p[0], persist(new Place(plan, p[0], p[1], p[2])));
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
            orgs.put(o[0], persist(new Organisation(plan, o[0], o[1])));
        }
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        persist(new Account("koordinator@helhed.demo", "Maja Koordinator", passwords.hash(DEMO_PASSWORD), null,
                EnumSet.of(Role.COORDINATOR), time.now()));
        var birgitte = adviser("Birgitte Holm", "+4522334455", orgs.get("dansk-folkehjaelp"),
                places.get("ellemarken-pavillonen"), DayOfWeek.TUESDAY, "13:00", "16:00", today, "da", "en");
        adviser("Karim Haddad", "+4522334466", orgs.get("dansk-folkehjaelp"), places.get("karlemoseparken"),
                DayOfWeek.WEDNESDAY, "10:00", "13:00", today, "da", "ar", "en");
        adviser("Hodan Farah", "+4522334477", orgs.get("jobcenter"), places.get("koege-centrum"),
                DayOfWeek.THURSDAY, "15:00", "18:00", today, "da", "so", "en");
        // on holiday the whole of the week after next, so the pavilion has a gap to show
        LocalDate holiday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        persist(AvailabilityException.days(birgitte, holiday, holiday.plusDays(6),
                AvailabilityException.Reason.HOLIDAY));
        demoVolunteers();
        em.flush();
        demoEvents(today);
        LOG.info("Demo data of the Køge plan loaded");
        slots.extend();
    }

    private Adviser adviser(String name, String phone, Organisation org, Place place, DayOfWeek day, String from,
                            String to, LocalDate validFrom, String... languages) {
        var person = persist(new Person(name, new PhoneNumber(phone), null, org));
        var adviser = persist(new Adviser(person, Arrays.stream(languages).map(SpokenLanguage::new).toList()));
        String email = name.toLowerCase(java.util.Locale.ROOT).split(" ")[0] + "@helhed.demo";
        persist(new Account(email, name, passwords.hash(DEMO_PASSWORD), person, EnumSet.of(Role.ADVISER), time.now()));
        persist(new Availability(adviser, place, day, LocalTime.parse(from), LocalTime.parse(to),
                Duration.ofMinutes(45), validFrom, null));
        return adviser;
    }

    /** Two volunteers who signed up and verified their e-mail: Amira teaches maths, Jonas speaks Danish and English. */
    private void demoVolunteers() {
        for (String[] v : new String[][]{
                {"amira@helhed.demo", "Amira Haddad", "+4522334488", "ar,da,en", "MATHS"},
                {"jonas@helhed.demo", "Jonas Berg", "+4522334499", "da,en", "DANISH,ENGLISH"}}) {
            var person = new Person(v[1], new PhoneNumber(v[2]), v[0], null);
            person.updateProfile(v[1], new PhoneNumber(v[2]), v[0], true,
                    Arrays.stream(v[3].split(",")).map(SpokenLanguage::new).toList(),
                    Arrays.stream(v[4].split(",")).map(Subject::valueOf).toList());
            persist(person);
            var account = Account.unverified(v[0], v[1], passwords.hash(DEMO_PASSWORD), person, Role.VOLUNTEER, "da",
                    time.now());
            account.activate();
            persist(account);
        }
    }

    /** Køges Kvindenetværk's weekly workshop, and a family café with few places, so the waitlist can be seen. */
    private void demoEvents(LocalDate today) {
        LocalDate thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        events.create(new EventPlan.Draft("karlemoseparken",
                new EventPlan.Wording("Køges Kvindenetværk: Kvindecafé", "Køge Women's Network: women's café",
                        "شبكة نساء كوغه: مقهى النساء"),
                new EventPlan.Wording("Mød andre kvinder over en kop te. Vi snakker, laver mad og deler erfaringer.",
                        "Meet other women over a cup of tea. We talk, cook and share experiences.",
                        "التقي بنساء أخريات مع كوب شاي. نتحدث ونطبخ ونتبادل الخبرات."),
                thursday + "T17:00", thursday + "T19:00", null, 12, new EventPlan.Weekly(6, null)));
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        events.create(new EventPlan.Draft("ellemarken",
                new EventPlan.Wording("Familiecafé i Ellemarken", "Family café in Ellemarken",
                        "مقهى العائلة في إلمركن"),
                new EventPlan.Wording("Leg, kage og en snak for hele familien.", "Play, cake and a chat for the whole family.",
                        "لعب وكعك وحديث لكل العائلة."),
                saturday + "T10:00", saturday + "T12:00", null, 3, null));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
