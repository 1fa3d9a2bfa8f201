package dk.helhed.homework.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.Letter;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.shifts.entity.ShiftAssignment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a tutor is told when a coordinator cancels or moves a homework-help session they hold a place on: by e-mail
 * where they gave one, and by SMS if they accept SMS. In Danish: volunteers have no language preference yet. Every
 * text gets {0} the session's title, {1} its (new) start, {2} the place, {3} the subject; {4} the time it had.
 * Filed under {@code homework-tutor:<assignment id>}, with the occasion's time in the dedupe key, so moving a
 * session twice tells twice and enqueueing one change twice is impossible.
 */
public record TutorMessages(ZoneId zone) {

    public enum Kind {
        CANCELLED(MessageKind.CANCELLATION, "tutor-cancelled"),
        MOVED(MessageKind.CHANGE, "tutor-moved"),
        /** Moved onto the time of another of their shifts: they keep that one and lose this place. */
        RELEASED(MessageKind.CANCELLATION, "tutor-released");

        private final MessageKind kind;
        private final String key;

        Kind(MessageKind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    public static String topic(ShiftAssignment assignment) {
        return "homework-tutor:" + assignment.id();
    }

    /** In the tutor's {@code language}; {@code title} is the session's title in that language. */
    public List<Outgoing> write(Kind kind, ShiftAssignment assignment, String title, Instant previousStart,
                                Language language, Instant now) {
        var shift = assignment.shift();
        var person = assignment.person();
        String subject = Texts.text(language, shift.subject() == null ? "homework.subject.any"
                : shift.subject().textKey());
        Object[] args = {title, Texts.when(language, shift.startsAt(), zone), shift.place().name(), subject,
                Texts.when(language, previousStart, zone)};
        String prefix = "message.homework." + kind.key + ".";
        String topic = topic(assignment);
        Instant expires = kind == Kind.MOVED ? shift.startsAt() : previousStart;
        String occasion = ":" + kind.name() + ":" + now.getEpochSecond();
        return new Letter(topic, kind.kind, language, prefix, args, now, expires).to(
                person.acceptsSms() ? person.phone() : null, person.email(),
                channel -> Outgoing.dedupeKey(topic, kind.kind, channel, shift.startsAt()) + occasion);
    }
}
