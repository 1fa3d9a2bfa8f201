package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.Letter;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.time.CalendarFile;
import dk.helhed.verification.entity.ManageToken;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a resident is told about an appointment, and when: a confirmation now and a reminder the evening before, by
 * SMS and (when they gave one) by e-mail, in their language. Texts name the time from start to end, the place with
 * its street address (e-mails add a map link and, for a confirmation or a move, the appointment as an .ics), and a
 * neutral title, never the topic: a phone's lock screen is not private. Every text gets {0} the place, {1} the start,
 * {2} the reference, {3} the manage link, {4} the end time, {5} ", street and number" to follow the place's name
 * (empty for a place without an address; an SMS is measured in segments), {6} the map link and {7} the whole
 * address.
 */
public record AppointmentMessages(ReminderPolicy reminders, ZoneId zone, String publicBaseUrl) {

    public List<Outgoing> afterBooking(Appointment appointment, ManageToken token, Instant now) {
        return withReminders(appointment, MessageKind.CONFIRMATION, token, now);
    }

    /** After a move: the new time now, and reminders for it (the old ones are cancelled by the caller). */
    public List<Outgoing> afterMove(Appointment appointment, ManageToken token, Instant now) {
        return withReminders(appointment, MessageKind.CHANGE, token, now);
    }

    /** After a cancellation: a word that it is cancelled, so nobody comes in vain. */
    public List<Outgoing> afterCancel(Appointment appointment, ManageToken token, Instant now) {
        return write(appointment, MessageKind.CANCELLATION, now, link(token));
    }

    private List<Outgoing> withReminders(Appointment appointment, MessageKind first, ManageToken token, Instant now) {
        Instant starts = appointment.slot().window().start();
        String link = link(token);
        List<Outgoing> messages = new ArrayList<>(write(appointment, first, now, link));
        reminders.eveningBefore(starts, now)
                .ifPresent(at -> messages.addAll(write(appointment, MessageKind.REMINDER, at, link)));
        reminders.shortlyBefore(starts, now)
                .ifPresent(at -> messages.addAll(write(appointment, MessageKind.REMINDER_SOON, at, link)));
        return messages;
    }

    private String link(ManageToken token) {
        return publicBaseUrl + "/manage?t=" + token.value();
    }

    private List<Outgoing> write(Appointment a, MessageKind kind, Instant due, String link) {
        Language lang = a.language();
        var window = a.slot().window();
        Instant starts = window.start();
        var place = a.slot().place();
        String prefix = "message." + kind.name().toLowerCase(Locale.ROOT) + ".";
        Object[] args = {place.name(), Texts.when(lang, starts, zone), a.reference(), link,
                Texts.time(lang, window.end(), zone), Texts.afterName(lang, place.street()), place.mapLink(),
                place.streetAddress()};
        return new Letter(a.topic(), kind, lang, prefix, args, due, starts).to(a.residentPhone(),
                a.residentEmail().orElse(null), channel -> Outgoing.dedupeKey(a.topic(), kind, channel, starts),
                kind == MessageKind.CONFIRMATION || kind == MessageKind.CHANGE ? calendar(a, due) : null);
    }

    /** The appointment as an .ics; its UID follows the reference, so a move updates the phone's entry. */
    static String calendar(Appointment a, Instant stamp) {
        var window = a.slot().window();
        return CalendarFile.of(new CalendarFile.Entry("appointment-" + a.reference() + "@helhed", window.start(),
                window.end(), Texts.text(a.language(), "calendar.appointment", a.slot().place().name()),
                a.slot().place().location()), stamp);
    }
}
