package dk.helhed.shifts.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.Letter;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Person;
import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.shifts.entity.ShiftKind;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person who takes a shift is told, and when: a confirmation now (by e-mail with the shift as kalender.ics; by
 * SMS only when they have no e-mail address and accept SMS, so a series of twelve is not twelve texts), and a
 * reminder the evening before by e-mail and, when they accept SMS, by SMS. Every message is filed under the
 * assignment's topic, so giving the place up cancels what has not gone yet, and none is sent once the shift has
 * begun. Texts name the time and the place, never the other people on the shift.
 * <p>
 * They are written in the person's language: the one their account was made in
 * ({@link dk.helhed.people.boundary.PreferredLanguages}).
 */
public record ShiftMessages(ReminderPolicy reminders, ZoneId zone, String publicBaseUrl) {
    public static String topic(long assignmentId) {
        return "shift-assignment:" + assignmentId;
    }

    /** The confirmation (by e-mail with the .ics, or by SMS when there is no e-mail) and the reminders. */
    public List<Outgoing> afterTaking(ShiftAssignment assignment, Language language, Instant now) {
        Shift shift = assignment.shift();
        Person person = assignment.person();
        String topic = topic(assignment.id());
        Object[] args = arguments(shift, language);
        List<Outgoing> out = new ArrayList<>();
        if (person.email() != null && !person.email().isBlank()) {
            out.add(email(topic, MessageKind.CONFIRMATION, language, person, shift, now, args)
                    .withCalendar(calendar(shift, language, now)));
        } else if (person.acceptsSms()) {
            out.add(sms(topic, MessageKind.CONFIRMATION, language, person, shift, now, args));
        }
        out.addAll(reminders(assignment, language, now));
        return out;
    }

    /**
     * Several shifts taken in one go (a series): one confirmation for all of them (by e-mail, listing every date,
     * with one .ics holding them all; by SMS only without an e-mail address), filed under a topic of its own so
     * that giving up one of the shifts does not hold it back. The reminders are each shift's own ({@link #reminders}).
     */
    public List<Outgoing> afterTakingSeveral(List<ShiftAssignment> assignments, Language language, Instant now) {
        ShiftAssignment first = assignments.get(0);
        Person person = first.person();
        Shift firstShift = first.shift();
        Shift lastShift = assignments.get(assignments.size() - 1).shift();
        String topic = "shift-assignments:" + first.id();
        String link = link(firstShift);
        if (person.email() != null && !person.email().isBlank()) {
            String lines = assignments.stream().map(a -> Texts.text(language, "message.shift.several.line",
                    arguments(a.shift(), language))).collect(java.util.stream.Collectors.joining("\n"));
            Object[] args = {assignments.size(), lines, link};
            return List.of(new Outgoing(topic, MessageKind.CONFIRMATION, ChannelKind.EMAIL, person.email(),
                    Texts.text(language, "message.shift.several.subject", args),
                    Texts.text(language, "message.shift.several.email", args), now, lastShift.startsAt(),
                    Outgoing.dedupeKey(topic, MessageKind.CONFIRMATION, ChannelKind.EMAIL, firstShift.startsAt()))
                    .withCalendar(ShiftCalendar.of(assignments.stream().map(a -> entry(a.shift(), language))
                            .toList(), now, null)));
        }
        if (!person.acceptsSms()) {
            return List.of();
        }
        Object[] args = {assignments.size(), Texts.when(language, firstShift.startsAt(), zone),
                Texts.when(language, lastShift.startsAt(), zone), firstShift.place().name(), link};
        return List.of(new Outgoing(topic, MessageKind.CONFIRMATION, ChannelKind.SMS, person.phone(), null,
                Texts.text(language, "message.shift.several.sms", args), now, lastShift.startsAt(),
                Outgoing.dedupeKey(topic, MessageKind.CONFIRMATION, ChannelKind.SMS, firstShift.startsAt())));
    }

    /**
     * The evening-before reminders alone: for a place taken over in a swap, or filed again when a shift has moved
     * (the old ones are cancelled by topic first).
     */
    public List<Outgoing> reminders(ShiftAssignment assignment, Language language, Instant now) {
        Shift shift = assignment.shift();
        Person person = assignment.person();
        String topic = topic(assignment.id());
        Object[] args = arguments(shift, language);
        return reminders.eveningBefore(shift.startsAt(), now)
                .map(at -> letter(topic, MessageKind.REMINDER, language, shift, at, args).emailFirst(person.email(),
                        phone(person), channel -> Outgoing.dedupeKey(topic, MessageKind.REMINDER, channel,
                                shift.startsAt())))
                .orElse(List.of());
    }

    /** Released by a coordinator: told at once, by e-mail and (if they agreed) SMS; pointless once it has begun. */
    public List<Outgoing> released(ShiftAssignment assignment, Language language, Instant now) {
        Shift shift = assignment.shift();
        Person person = assignment.person();
        String topic = topic(assignment.id());
        Object[] args = arguments(shift, language);
        return letter(topic, MessageKind.CANCELLATION, language, shift, now, args).emailFirst(person.email(),
                phone(person),
                channel -> Outgoing.dedupeKey(topic, MessageKind.CANCELLATION, channel, shift.startsAt()));
    }

    /** The shift as an .ics of one event, with the same UID as in the person's feed. */
    public String calendar(Shift shift, Language language, Instant now) {
        return ShiftCalendar.of(List.of(entry(shift, language)), now, null);
    }

    public static ShiftCalendar.Entry entry(Shift shift, Language language) {
        return new ShiftCalendar.Entry(shift.id(), shift.startsAt(), shift.endsAt(),
                Texts.text(language, "calendar.summary", kindName(shift, language)), shift.place().location());
    }

    public static String kindName(Shift shift, Language language) {
        return Texts.text(language, "shift.kind." + shift.kind().name().toLowerCase(Locale.ROOT));
    }

    private Object[] arguments(Shift shift, Language language) {
        return new Object[]{shift.place().name(), Texts.when(language, shift.startsAt(), zone),
                Texts.time(language, shift.endsAt(), zone), link(shift)};
    }

    private String link(Shift shift) {
        return publicBaseUrl + (shift.kind() == ShiftKind.PAVILION ? "/partner/blocks" : "/volunteer/my-shifts");
    }

    private Outgoing email(String topic, MessageKind kind, Language language, Person person, Shift shift, Instant due,
                           Object[] args) {
        return letter(topic, kind, language, shift, due, args).email(person.email(),
                Outgoing.dedupeKey(topic, kind, ChannelKind.EMAIL, shift.startsAt()));
    }

    private Outgoing sms(String topic, MessageKind kind, Language language, Person person, Shift shift, Instant due,
                         Object[] args) {
        return letter(topic, kind, language, shift, due, args).sms(person.phone(),
                Outgoing.dedupeKey(topic, kind, ChannelKind.SMS, shift.startsAt()));
    }

    private static Letter letter(String topic, MessageKind kind, Language language, Shift shift, Instant due,
                                 Object[] args) {
        return new Letter(topic, kind, language, prefix(kind), args, due, shift.startsAt());
    }

    private static String phone(Person person) {
        return person.acceptsSms() ? person.phone() : null;
    }

    private static String prefix(MessageKind kind) {
        return "message.shift." + kind.name().toLowerCase(Locale.ROOT) + ".";
    }
}
