package dk.helhed.appointments.entity;

import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Organisation;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.plan.entity.Place;
import dk.helhed.plan.entity.SocialPlan;
import dk.helhed.time.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

/** Plain (non-JPA) objects from the Køge plan for unit tests: a place, an adviser, a slot. */
public final class KoegePlan {
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final Duration SLOT_LENGTH = Duration.ofMinutes(45);

    private static final SocialPlan PLAN = new SocialPlan("koege", "Boligsocial helhedsplan Køge");
    private static final Organisation FOLKEHJAELP = new Organisation(PLAN, "dfh", "Dansk Folkehjælp");

    private KoegePlan() {
    }

    public static Place pavilion() {
        return new Place(PLAN, "pavillonen", "Pavillonen", "Ellemarken 2, 4600 Køge");
    }

    public static Adviser adviser() {
        return adviser("da", "en");
    }

    /** An adviser who speaks the given languages (ISO 639-1 codes). */
    public static Adviser adviser(String... languages) {
        return new Adviser(new Person("Birgit Holm", new PhoneNumber("+4520304050"), "birgit@example.dk",
                FOLKEHJAELP), Arrays.stream(languages).map(SpokenLanguage::new).toList());
    }

    /** A 45-minute slot at the pavilion starting at the given wall-clock time in Copenhagen. */
    public static AppointmentSlot slotAt(LocalDateTime localStart) {
        return slotAt(localStart, adviser());
    }

    public static AppointmentSlot slotAt(LocalDateTime localStart, Adviser adviser) {
        Instant start = localStart.atZone(ZONE).toInstant();
        return new AppointmentSlot(adviser, pavilion(), new TimeWindow(start, start.plus(SLOT_LENGTH)));
    }
}
