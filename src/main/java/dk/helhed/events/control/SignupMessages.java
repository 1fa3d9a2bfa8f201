package dk.helhed.events.control;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Signup;
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
import java.util.stream.Stream;

/**
 * What a resident is told about a sign-up, by SMS and (when they gave one) by e-mail, in their language. Every text
 * gets {0} the event's title, {1} its start, {2} the place and {3} the reference; from {4} on come what this kind of
 * message adds (the link to the sign-up page, a position in line, an offer's deadline, a coordinator's words), and
 * after those the event's end time, ", street and number" to follow the place's name (empty without an address), a
 * map link, the whole address and the start's time of day alone (the evening-before reminder says "tomorrow at 19:00":
 * with the whole date, an Arabic, Turkish or Urdu reminder would take a fourth segment). A confirmation's e-mail, and
 * a move's, carry the event as an .ics. Event titles are public, so naming them is fine; nothing else about the
 * resident is said.
 */
public record SignupMessages(ReminderPolicy reminders, ZoneId zone, String publicBaseUrl) {

    /** A confirmed place: a confirmation now and a reminder the evening before. */
    public List<Outgoing> confirmed(Signup signup, ManageToken token, Instant now) {
        String link = link(token);
        Instant starts = signup.event().startsAt();
        List<Outgoing> out = new ArrayList<>(write(signup, MessageKind.CONFIRMATION, now, starts, "", link));
        reminders.eveningBefore(starts, now)
                .ifPresent(at -> out.addAll(write(signup, MessageKind.REMINDER, at, starts, "", link)));
        return out;
    }

    public List<Outgoing> waitlisted(Signup signup, ManageToken token, int position, Instant now) {
        return write(signup, MessageKind.WAITLISTED, now, signup.event().startsAt(), "", link(token), position);
    }

    /** The offer's link carries its own token: the resident's first one is known only to them. */
    public List<Outgoing> offered(Signup signup, ManageToken offerToken, Instant now) {
        Instant until = signup.offerUntil();
        return write(signup, MessageKind.OFFER, now, until, "", link(offerToken),
                Texts.when(signup.contact().language(), until, zone));
    }

    public List<Outgoing> cancelled(Signup signup, Instant now) {
        return write(signup, MessageKind.CANCELLATION, now, signup.event().startsAt(), "");
    }

    public List<Outgoing> eventCancelled(Signup signup, Instant now) {
        return write(signup, MessageKind.EVENT_CANCELLED, now, signup.event().startsAt(), "");
    }

    /**
     * The event moved: the person is told now ({4} the time it had), and a confirmed place gets a new reminder the
     * evening before the new time. The reminder names no link: the manage link is known only to the person (its
     * token is stored hashed) and is still valid.
     */
    public List<Outgoing> moved(Signup signup, Instant previousStart, Instant now) {
        Language lang = signup.contact().language();
        Instant starts = signup.event().startsAt();
        String occasion = ":moved-" + now.getEpochSecond();
        List<Outgoing> out = new ArrayList<>(write(signup, MessageKind.CHANGE, "message.event.moved.", now, starts,
                occasion, Texts.when(lang, previousStart, zone)));
        if (signup.status() == dk.helhed.events.entity.SignupStatus.CONFIRMED) {
            reminders.eveningBefore(starts, now).ifPresent(at -> out.addAll(
                    write(signup, MessageKind.REMINDER, "message.event.moved-reminder.", at, starts, occasion)));
        }
        return out;
    }

    /** A coordinator's words; {@code occasion} tells one announcement from another. */
    public List<Outgoing> announcement(Signup signup, String words, String occasion, Instant now) {
        return write(signup, MessageKind.ANNOUNCEMENT, now, signup.event().endsAt(), ":" + occasion, words);
    }

    private String link(ManageToken token) {
        return publicBaseUrl + "/event-signup?t=" + token.value();
    }

    private List<Outgoing> write(Signup s, MessageKind kind, Instant due, Instant expires, String keySuffix,
                                 Object... added) {
        return write(s, kind, "message.event." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + ".", due, expires, keySuffix, added);
    }

    private List<Outgoing> write(Signup s, MessageKind kind, String prefix, Instant due, Instant expires,
                                 String keySuffix, Object... added) {
        Language lang = s.contact().language();
        Event event = s.event();
        var place = event.place();
        Object[] args = Stream.of(Stream.of(event.title().in(lang).text(), Texts.when(lang, event.startsAt(), zone),
                place.name(), s.reference()), Stream.of(added), Stream.of(Texts.time(lang, event.endsAt(), zone),
                Texts.afterName(lang, place.street()), place.mapLink(), place.streetAddress(),
                Texts.time(lang, event.startsAt(), zone))).flatMap(x -> x).toArray();
        return new Letter(s.topic(), kind, lang, prefix, args, due, expires).to(s.contact().phone(),
                s.contact().email().orElse(null),
                channel -> Outgoing.dedupeKey(s.topic(), kind, channel, event.startsAt()) + keySuffix,
                kind == MessageKind.CONFIRMATION || kind == MessageKind.CHANGE ? calendar(s, due) : null);
    }

    /** The sign-up's event as an .ics; its UID follows the sign-up, so a moved event updates the phone's entry. */
    static String calendar(Signup s, Instant stamp) {
        var event = s.event();
        return CalendarFile.of(new CalendarFile.Entry("event-signup-" + s.reference() + "@helhed", event.startsAt(),
                event.endsAt(), event.title().in(s.contact().language()).text(), event.place().location()), stamp);
    }
}
