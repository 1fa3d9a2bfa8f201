package dk.helhed.events.control;

import dk.helhed.events.entity.Event;
import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.Workshops;
import dk.helhed.i18n.Language;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Resident;
import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SignupMessagesTest {
    private static final Instant MONDAY = Instant.parse("2027-03-22T08:00:00Z");
    private final SignupMessages messages = new SignupMessages(new ReminderPolicy(LocalTime.of(18, 0), Workshops.ZONE),
            Workshops.ZONE, "https://helhed.test");
    /** Sunday 2027-03-28 10:00 CEST, the morning summer time begins. */
    private final Event workshop = Workshops.workshopAt(LocalDateTime.of(2027, 3, 28, 10, 0), 5, Duration.ZERO,
            MONDAY);

    private Signup confirmed(Language language, String email) {
        var signup = Signup.withPlace(workshop, Signup.newReference(),
                Resident.of("Amina", "20 30 40 50", email), language, ManageToken.create(), MONDAY, MONDAY.plus(Workshops.HOLD));
        signup.verify(MONDAY);
        return signup;
    }

    @Test
    @DisplayName("a confirmation now and a reminder Saturday 18:00 CET (17:00Z), by SMS and e-mail, with the link")
    void confirmationAndReminder() {
        var signup = confirmed(Language.DA, "amina@example.dk");
        var token = ManageToken.create();

        List<Outgoing> out = messages.confirmed(signup, token, MONDAY);

        assertThat(out).extracting(Outgoing::kind, Outgoing::channel, Outgoing::dueAt).containsExactly(
                tuple(MessageKind.CONFIRMATION, ChannelKind.SMS, MONDAY),
                tuple(MessageKind.CONFIRMATION, ChannelKind.EMAIL, MONDAY),
                tuple(MessageKind.REMINDER, ChannelKind.SMS, Instant.parse("2027-03-27T17:00:00Z")),
                tuple(MessageKind.REMINDER, ChannelKind.EMAIL, Instant.parse("2027-03-27T17:00:00Z")));
        assertThat(out.get(0).body()).startsWith("Din plads til Kvindecafé er bekræftet: søndag d. 28. marts kl. 10:00")
                .contains("Pavillonen", "Ref. " + signup.reference(), "https://helhed.test/event-signup?t=" + token.value());
        assertThat(out).allSatisfy(m -> {
            assertThat(m.topic()).isEqualTo(signup.topic());
            assertThat(m.expiresAt()).isEqualTo(workshop.startsAt());
        });
        assertThat(out).extracting(Outgoing::dedupeKey).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("in English when the resident asked for it; no e-mail without an address")
    void englishSmsOnly() {
        var out = messages.confirmed(confirmed(Language.EN, null), ManageToken.create(), MONDAY);

        assertThat(out).extracting(Outgoing::channel).containsOnly(ChannelKind.SMS);
        assertThat(out.get(0).body()).startsWith("Your place at Women's café is confirmed: Sunday 28 March at 10:00");
    }

    @Test
    @DisplayName("no reminder when the evening before has passed at confirmation")
    void noLateReminder() {
        Instant saturdayNight = Instant.parse("2027-03-27T20:00:00Z");
        var signup = Signup.withPlace(workshop, Signup.newReference(),
                Resident.of("Amina", "20 30 40 50", null), Language.DA, ManageToken.create(), saturdayNight, saturdayNight.plus(Workshops.HOLD));

        assertThat(messages.confirmed(signup, ManageToken.create(), saturdayNight)).extracting(Outgoing::kind)
                .containsOnly(MessageKind.CONFIRMATION);
    }

    @Test
    @DisplayName("the waitlisted message names the position; the offer names its deadline and carries the offer's link")
    void waitlistedAndOffer() {
        var signup = Signup.inLine(workshop, Signup.newReference(),
                Resident.of("Hodan", "20 30 40 51", null), Language.DA, ManageToken.create(), MONDAY, MONDAY.plus(Workshops.HOLD));
        signup.verify(MONDAY);

        var waitlisted = messages.waitlisted(signup, ManageToken.create(), 3, MONDAY);
        assertThat(waitlisted).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.WAITLISTED);
            assertThat(m.body()).startsWith("Du er nummer 3 på ventelisten til Kvindecafé");
        });

        var offerToken = ManageToken.create();
        signup.offer(offerToken, MONDAY, MONDAY.plus(Duration.ofHours(12)));
        var offer = messages.offered(signup, offerToken, MONDAY);
        assertThat(offer).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.OFFER);
            assertThat(m.body()).startsWith("Der er en plads til dig til Kvindecafé")
                    .contains("senest mandag d. 22. marts kl. 21:00", "https://helhed.test/event-signup?t=" + offerToken.value());
            assertThat(m.expiresAt()).as("pointless once the offer has run out").isEqualTo(signup.offerUntil());
        });
    }

    @Test
    @DisplayName("two announcements to one person are two messages; the event's cancellation is its own kind")
    void announcementsAndCancellation() {
        var signup = confirmed(Language.DA, null);

        var first = messages.announcement(signup, "Husk madpakke", "a1", MONDAY);
        var second = messages.announcement(signup, "Vi starter 10:15", "b2", MONDAY);
        var cancelled = messages.eventCancelled(signup, MONDAY);

        assertThat(first.get(0).body()).startsWith("Om Kvindecafé, søndag d. 28. marts kl. 10:00").endsWith(": Husk madpakke");
        assertThat(first.get(0).dedupeKey()).isNotEqualTo(second.get(0).dedupeKey());
        assertThat(first.get(0).expiresAt()).isEqualTo(workshop.endsAt());
        assertThat(cancelled).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.EVENT_CANCELLED);
            assertThat(m.body()).contains("er desværre aflyst", signup.reference());
        });
    }
}
