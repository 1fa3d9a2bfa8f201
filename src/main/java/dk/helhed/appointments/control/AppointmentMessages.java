package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.ManageToken;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.reminders.control.ReminderPolicy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a resident is told about an appointment, and when: a confirmation now and a reminder the evening before, by
 * SMS and (when they gave one) by e-mail, in their language. Texts name the time, the place and a neutral title,
 * never the topic: a phone's lock screen is not private.
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
        Instant starts = a.slot().window().start();
        String prefix = "message." + kind.name().toLowerCase(Locale.ROOT) + ".";
        Object[] args = {a.slot().place().name(), Texts.when(lang, starts, zone), a.reference(), link};
        List<Outgoing> out = new ArrayList<>();
        out.add(new Outgoing(a.topic(), kind, ChannelKind.SMS, a.residentPhone(), null,
                Texts.text(lang, prefix + "sms", args), due, starts,
                Outgoing.dedupeKey(a.topic(), kind, ChannelKind.SMS, starts)));
        Optional<String> email = a.residentEmail();
        email.ifPresent(address -> out.add(new Outgoing(a.topic(), kind, ChannelKind.EMAIL, address,
                Texts.text(lang, prefix + "subject", args), Texts.text(lang, prefix + "email", args), due, starts,
                Outgoing.dedupeKey(a.topic(), kind, ChannelKind.EMAIL, starts))));
        return out;
    }
}
