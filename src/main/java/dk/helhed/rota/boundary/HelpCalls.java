package dk.helhed.rota.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.Letter;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.boundary.People;
import dk.helhed.people.boundary.PreferredLanguages;
import dk.helhed.people.entity.Person;
import dk.helhed.people.entity.Role;
import dk.helhed.rota.entity.HelpCall;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A coordinator's call for help on a gap: everyone who could fill it is asked, by e-mail and (if they agreed) SMS,
 * with a plain link to the page where they can take it. For a pavilion shift that is the organisation's active partner
 * staff; for homework help the active volunteers (who teach the subject, if it has one). People already on it, busy
 * then, or asked before about this shift are left out, so calling twice asks only the new ones. Each is asked in
 * their own language.
 */
@ApplicationScoped
@Transactional
public class HelpCalls {
    @PersistenceContext
    EntityManager em;
    @Inject
    People people;
    @Inject
    Shifts shifts;
    @Inject
    Outbox outbox;
    @Inject
    TimeSource time;
    @Inject
    PreferredLanguages languages;
    @Inject
    PublicUrl publicUrl;

    /** Answers how many people were asked this time. */
    public int call(long shiftId) {
        Instant now = time.now();
        Shift shift = shifts.lock(shiftId);
        shift.requireOpen(now);
        if (!shift.isGap()) {
            throw Refusal.conflict("rota.help.filled");
        }
        var holders = shifts.holders(shift).stream().map(a -> a.person().id()).toList();
        List<Outgoing> messages = new ArrayList<>();
        int asked = 0;
        for (Person person : eligible(shift)) {
            if (holders.contains(person.id())
                    || !shifts.busy(person, shift.startsAt(), shift.endsAt()).isEmpty()
                    || em.find(HelpCall.class, key(shift.id(), person.id())) != null) {
                continue;
            }
            em.persist(new HelpCall(shift.id(), person.id(), now));
            messages.addAll(write(shift, person, languages.of(person), now));
            asked++;
        }
        em.flush();
        outbox.enqueue(messages);
        return asked;
    }

    private List<Person> eligible(Shift shift) {
        boolean pavilion = shift.kind() == ShiftKind.PAVILION;
        return people.withRole(pavilion ? Role.PARTNER : Role.VOLUNTEER,
                        pavilion ? shift.organisation().code() : null).stream()
                .filter(p -> pavilion || shift.subject() == null || p.teaches(shift.subject())).toList();
    }

    /** In the person's own language. */
    private List<Outgoing> write(Shift shift, Person to, Language language, Instant now) {
        boolean pavilion = shift.kind() == ShiftKind.PAVILION;
        String who = pavilion ? shift.organisation().name() : Texts.text(language, "rota.homework")
                + (shift.subject() == null ? "" : " (" + Texts.text(language, "rota.subject."
                + shift.subject().name().toLowerCase(Locale.ROOT)) + ")");
        Object[] args = {who, Texts.when(language, shift.startsAt(), time.zone()), shift.place().name(),
                publicUrl.base() + (pavilion ? "/partner/blocks" : "/volunteer/shifts")};
        String topic = "shift-help:" + shift.id();
        String key = topic + ":" + to.id() + ":";
        return new Letter(topic, MessageKind.ANNOUNCEMENT, language, "message.rota.help.", args, now,
                shift.startsAt()).emailFirst(to.email(), to.acceptsSms() ? to.phone() : null, channel -> key + channel);
    }

    private static HelpCall.Key key(long shiftId, long personId) {
        return new HelpCall.Key(shiftId, personId);
    }
}
