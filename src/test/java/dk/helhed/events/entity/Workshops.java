package dk.helhed.events.entity;

import dk.helhed.appointments.entity.KoegePlan;
import dk.helhed.i18n.Language;
import dk.helhed.people.entity.Resident;
import dk.helhed.verification.entity.ManageToken;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Plain (non-JPA) events and sign-ups of Køges Kvindenetværk for unit tests. */
public final class Workshops {
    public static final ZoneId ZONE = KoegePlan.ZONE;
    public static final Duration HOLD = Duration.ofMinutes(15);

    private Workshops() {
    }

    /** A two-hour workshop in the pavilion at a local time; sign-up closes {@code deadlineBefore} before it. */
    public static Event workshopAt(LocalDateTime localStart, int capacity, Duration deadlineBefore, Instant createdAt) {
        Instant start = localStart.atZone(ZONE).toInstant();
        return new Event(KoegePlan.pavilion(), new Localized("Kvindecafé", "Women's café", "مقهى النساء"),
                new Localized("Vi mødes og spiser sammen.", "We meet and eat together.", null),
                new EventPlan.Occurrence(start, start.plus(Duration.ofHours(2)), start.minus(deadlineBefore)),
                capacity, null, createdAt);
    }

    public static Resident resident(String name, String phone) {
        return Resident.of(name, phone, null);
    }

    public static Signup withPlace(Event event, Resident resident, Instant now) {
        return Signup.withPlace(event, Signup.newReference(), resident, Language.DA, ManageToken.create(), now,
                now.plus(HOLD));
    }

    public static Signup inLine(Event event, Resident resident, Instant now) {
        return Signup.inLine(event, Signup.newReference(), resident, Language.DA, ManageToken.create(), now,
                now.plus(HOLD));
    }

    /** The id the database would have given it, which is also its arrival order. */
    public static Signup arrived(Signup signup, long id) {
        try {
            Field field = Signup.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(signup, id);
            return signup;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
