package dk.helhed.appointments.control;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.KoegePlan;
import dk.helhed.i18n.Language;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Resident;
import dk.helhed.reminders.boundary.ReminderPolicy;
import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static dk.helhed.appointments.entity.KoegePlan.ZONE;
import static dk.helhed.messaging.entity.ChannelKind.EMAIL;
import static dk.helhed.messaging.entity.ChannelKind.SMS;
import static dk.helhed.messaging.entity.MessageKind.CONFIRMATION;
import static dk.helhed.messaging.entity.MessageKind.REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AppointmentMessagesTest {
    private static final String BASE_URL = "https://helhed.test";
    /** Monday 2027-04-05 12:00 CEST. */
    private static final Instant MONDAY_NOON = Instant.parse("2027-04-05T10:00:00Z");
    /** Thursday 2027-04-08 10:00 CEST. */
    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2027, 4, 8, 10, 0);
    private static final Instant STARTS = Instant.parse("2027-04-08T08:00:00Z");
    /** Wednesday 2027-04-07 18:00 CEST. */
    private static final Instant WEDNESDAY_SIX_PM = Instant.parse("2027-04-07T16:00:00Z");
    private static final List<String> TOPIC_WORDS = List.of("økonomi", "gæld", "debt", "budget", "rådgiv", "advice",
            "adviser", "ديون", "ميزانية", "اقتصاد", "مستشار", "استشار", "نصيحة", "مالية", "deyn", "dhaqaale",
            "miisaaniyad", "la-talin", "lataliye", "borç", "bütçe", "danışma", "ekonomi", "mali ", "قرض", "بجٹ",
            "مشیر", "مشورہ", "مالی");
    private static final Map<Language, String> THURSDAY_TEN_READ = Map.of(
            Language.DA, "torsdag d. 8. april kl. 10:00",
            Language.EN, "Thursday 8 April at 10:00",
            Language.AR, "الخميس 8 أبريل الساعة 10:00",
            Language.SO, "Khamiis 8 Bisha Afraad saacadda 10:00",
            Language.TR, "8 Nisan Perşembe saat 10:00",
            Language.UR, "جمعرات 8 اپریل کو 10:00");
    private static final Map<Language, String> GREETING =
            Map.of(Language.DA, "Hej", Language.EN, "Hello", Language.AR, "مرحبا", Language.SO, "Salaan",
                    Language.TR, "Merhaba", Language.UR, "السلام علیکم");

    private final AppointmentMessages messages =
            new AppointmentMessages(new ReminderPolicy(LocalTime.of(18, 0), ZONE), ZONE, BASE_URL);
    private final ManageToken token = ManageToken.create();

    private Appointment book(LocalDateTime at, Language language, String email, Instant now) {
        Resident amina = Resident.of("Amina Hassan", "20 30 40 50", email);
        return Appointment.book(KoegePlan.slotAt(at), amina, language, token, now);
    }

    private static Outgoing only(List<Outgoing> all, Object kind, Object channel) {
        return all.stream().filter(m -> m.kind() == kind && m.channel() == channel).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("booked Monday for Thursday: confirmation now and reminder Wednesday 18:00, by SMS and e-mail")
    void confirmationAndReminderOnBothChannels() {
        Appointment appointment = book(THURSDAY_TEN, Language.DA, "amina@example.dk", MONDAY_NOON);

        List<Outgoing> out = messages.afterBooking(appointment, token, MONDAY_NOON);

        assertThat(out)
                .extracting(Outgoing::kind, Outgoing::channel, Outgoing::recipient, Outgoing::dueAt)
                .containsExactlyInAnyOrder(
                        tuple(CONFIRMATION, SMS, "+4520304050", MONDAY_NOON),
                        tuple(CONFIRMATION, EMAIL, "amina@example.dk", MONDAY_NOON),
                        tuple(REMINDER, SMS, "+4520304050", WEDNESDAY_SIX_PM),
                        tuple(REMINDER, EMAIL, "amina@example.dk", WEDNESDAY_SIX_PM));
        assertThat(out).allSatisfy(m -> {
            assertThat(m.topic()).isEqualTo(appointment.topic());
            assertThat(m.expiresAt()).isEqualTo(STARTS);
        });
    }

    @Test
    @DisplayName("without an e-mail address only SMS are written")
    void smsOnlyWithoutEmail() {
        Appointment appointment = book(THURSDAY_TEN, Language.DA, null, MONDAY_NOON);

        assertThat(messages.afterBooking(appointment, token, MONDAY_NOON))
                .extracting(Outgoing::kind, Outgoing::channel)
                .containsExactlyInAnyOrder(tuple(CONFIRMATION, SMS), tuple(REMINDER, SMS));
    }

    @Test
    @DisplayName("booked Wednesday 19:00 for Thursday morning: the reminder time has passed, only confirmations")
    void noReminderWhenBookedThatEvening() {
        Instant wednesdayEvening = Instant.parse("2027-04-07T17:00:00Z");
        Appointment appointment = book(THURSDAY_TEN, Language.DA, "amina@example.dk", wednesdayEvening);

        assertThat(messages.afterBooking(appointment, token, wednesdayEvening))
                .extracting(Outgoing::kind, Outgoing::channel, Outgoing::dueAt)
                .containsExactlyInAnyOrder(tuple(CONFIRMATION, SMS, wednesdayEvening),
                        tuple(CONFIRMATION, EMAIL, wednesdayEvening));
    }

    @Test
    @DisplayName("Danish SMS names place, street, local time from start to end, reference and manage link")
    void danishConfirmationSms() {
        Appointment appointment = book(THURSDAY_TEN, Language.DA, null, MONDAY_NOON);

        Outgoing sms = only(messages.afterBooking(appointment, token, MONDAY_NOON), CONFIRMATION, SMS);

        assertThat(sms.subject()).isNull();
        assertThat(sms.body()).isEqualTo("Din aftale i Pavillonen, Ellemarken 2 er bekræftet: torsdag d. 8. april "
                + "kl. 10:00-10:45. Ref. " + appointment.reference() + ". Se eller aflys: https://helhed.test/manage?t="
                + token.value());
    }

    @Test
    @DisplayName("English reminder SMS names place, street, local time from start to end, reference and manage link")
    void englishReminderSms() {
        Appointment appointment = book(THURSDAY_TEN, Language.EN, null, MONDAY_NOON);

        Outgoing sms = only(messages.afterBooking(appointment, token, MONDAY_NOON), REMINDER, SMS);

        assertThat(sms.body()).isEqualTo("Reminder: your appointment at Pavillonen, Ellemarken 2 is tomorrow, "
                + "Thursday 8 April at 10:00-10:45. Ref. " + appointment.reference()
                + ". Cannot come: https://helhed.test/manage?t=" + token.value());
    }

    @Test
    @DisplayName("Arabic confirmation SMS: Arabic words around the place, Western-digit time, reference and link")
    void arabicConfirmationSms() {
        Appointment appointment = book(THURSDAY_TEN, Language.AR, null, MONDAY_NOON);

        Outgoing sms = only(messages.afterBooking(appointment, token, MONDAY_NOON), CONFIRMATION, SMS);

        assertThat(sms.body()).isEqualTo("موعدك في Pavillonen، Ellemarken 2 مؤكد: الخميس 8 أبريل الساعة 10:00-10:45. "
                + "المرجع " + appointment.reference() + ". للإلغاء: https://helhed.test/manage?t=" + token.value());
    }

    @Test
    @DisplayName("e-mails carry the same facts in subject and body, in the resident's language")
    void emails() {
        for (Language language : Language.values()) {
            Appointment appointment = book(THURSDAY_TEN, language, "amina@example.dk", MONDAY_NOON);
            String time = THURSDAY_TEN_READ.get(language);

            List<Outgoing> mails = messages.afterBooking(appointment, token, MONDAY_NOON).stream()
                    .filter(m -> m.channel() == EMAIL).toList();

            assertThat(mails).as("%s e-mails", language).hasSize(2).allSatisfy(mail -> {
                assertThat(mail.subject()).contains("Pavillonen");
                assertThat(mail.body()).contains("Pavillonen", time + "-10:45", appointment.reference(),
                        BASE_URL + "/manage?t=" + token.value(), "Ellemarken 2, 4600 Køge",
                        "https://www.openstreetmap.org/search?query=Ellemarken+2%2C+4600+K%C3%B8ge");
                assertThat(mail.body()).startsWith(GREETING.get(language));
            });
        }
    }

    @Test
    @DisplayName("the confirmation e-mail carries the appointment as an .ics with the address as LOCATION; the "
            + "reminder none")
    void confirmationCalendar() {
        Appointment appointment = book(THURSDAY_TEN, Language.DA, "amina@example.dk", MONDAY_NOON);

        var out = messages.afterBooking(appointment, token, MONDAY_NOON);

        assertThat(only(out, CONFIRMATION, EMAIL).calendar()).contains("BEGIN:VEVENT",
                "UID:appointment-" + appointment.reference() + "@helhed", "DTSTART:20270408T080000Z",
                "DTEND:20270408T084500Z", "SUMMARY:Aftale i Pavillonen",
                "LOCATION:Pavillonen\\, Ellemarken 2\\, 4600 Køge");
        assertThat(only(out, REMINDER, EMAIL).calendar()).isNull();
        assertThat(only(out, CONFIRMATION, SMS).calendar()).isNull();
    }

    @Test
    @DisplayName("the time in the text is local wall time after a DST change: Sunday 2027-03-28 10:00 (08:00Z)")
    void localTimeAfterSpringForward() {
        Instant booked = Instant.parse("2027-03-22T10:00:00Z");
        Appointment appointment = book(LocalDateTime.of(2027, 3, 28, 10, 0), Language.DA, null, booked);
        assertThat(appointment.slot().window().start()).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));

        List<Outgoing> out = messages.afterBooking(appointment, token, booked);

        assertThat(only(out, CONFIRMATION, SMS).body()).contains("søndag d. 28. marts kl. 10:00");
        assertThat(only(out, REMINDER, SMS).dueAt()).isEqualTo(Instant.parse("2027-03-27T17:00:00Z"));
    }

    @Test
    @DisplayName("no message names the topic (a lock screen is not private)")
    void neutralWording() {
        for (Language language : Language.values()) {
            Appointment appointment = book(THURSDAY_TEN, language, "amina@example.dk", MONDAY_NOON);

            for (Outgoing m : messages.afterBooking(appointment, token, MONDAY_NOON)) {
                String text = Stream.of(m.subject(), m.body()).filter(s -> s != null)
                        .reduce("", (a, b) -> a + "\n" + b).toLowerCase(Locale.ROOT);
                assertThat(text).as("%s %s %s", language, m.kind(), m.channel())
                        .doesNotContain(TOPIC_WORDS);
            }
        }
    }

    @Test
    @DisplayName("dedupe keys differ per kind and channel")
    void dedupeKeys() {
        Appointment appointment = book(THURSDAY_TEN, Language.DA, "amina@example.dk", MONDAY_NOON);

        assertThat(messages.afterBooking(appointment, token, MONDAY_NOON))
                .extracting(Outgoing::dedupeKey)
                .hasSize(4)
                .doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith(appointment.topic()).contains(STARTS.toString()));
    }
}
