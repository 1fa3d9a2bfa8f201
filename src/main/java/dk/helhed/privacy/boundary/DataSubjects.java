package dk.helhed.privacy.boundary;

import dk.helhed.appointments.boundary.AppointmentPersonalData;
import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.events.boundary.SignupPersonalData;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.boundary.People;
import dk.helhed.people.boundary.Profiles;
import dk.helhed.people.entity.PhoneNumber;
import dk.helhed.people.entity.Resident;
import dk.helhed.people.entity.Role;
import dk.helhed.shifts.boundary.Assignments;
import dk.helhed.shifts.boundary.CalendarFeeds;
import dk.helhed.signin.boundary.AccountClosing;
import dk.helhed.signin.boundary.Invitations;
import dk.helhed.time.TimeSource;
import dk.helhed.verification.boundary.Verifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The data subject's rights (GDPR Art. 15-17): a coordinator finds everything held about a phone number or an e-mail
 * address, exports it, corrects it and erases it; a volunteer downloads their own and deletes their account; an admin
 * deactivates a leaver. Each capability finds, corrects and erases its own rows; this is the one way in, and each
 * use is written to the access log (about the person's address, masked: the log outlives an erasure).
 */
@ApplicationScoped
@Transactional
public class DataSubjects {
    /** Never a stored phone or address: what an e-mail search compares phones with, and the other way round. */
    private static final String NONE = "-";

    @Inject
    AppointmentPersonalData appointments;
    @Inject
    SignupPersonalData signups;
    @Inject
    Outbox outbox;
    @Inject
    Verifications verifications;
    @Inject
    Profiles profiles;
    @Inject
    People people;
    @Inject
    Assignments assignments;
    @Inject
    CalendarFeeds feeds;
    @Inject
    AccountClosing accounts;
    @Inject
    AccessLog log;
    @Inject
    Invitations invitations;
    @Inject
    TimeSource time;

    /** Whom a request is about: a phone in E.164 or an e-mail address in lower case (the other one is NONE). */
    public record Who(String phone, String email) {
        public static Who of(String given) {
            String text = given == null ? "" : given.strip();
            if (text.isEmpty()) {
                throw Refusal.invalid("who", "field.who.empty");
            }
            if (text.contains("@")) {
                return new Who(NONE, text.toLowerCase(Locale.ROOT));
            }
            return PhoneNumber.parse(text).map(p -> new Who(p.e164(), NONE))
                    .orElseThrow(() -> Refusal.invalid("who", "field.who.invalid"));
        }

        /** As shown and logged: the phone or the address. */
        public String shown() {
            return NONE.equals(phone) ? email : phone;
        }

        /** For the access log, which outlives an erasure: the last four digits, or the first letter and domain. */
        public String masked() {
            String shown = shown();
            int at = shown.indexOf('@');
            return "person:" + (at >= 0 ? shown.charAt(0) + "…" + shown.substring(at)
                    : "…" + shown.substring(Math.max(0, shown.length() - 4)));
        }
    }

    /** Everything held about one person, as they or a coordinator sees it (and the JSON export). */
    public record Report(String who, Instant madeAt, List<AppointmentPersonalData.Held> appointments,
                         List<SignupPersonalData.Held> signups, List<PersonRow> people, List<Outbox.Held> messages,
                         long smsCodes, long invitations, List<AccessLog.Seen> accessLog) {
        public boolean nothingHeld() {
            return appointments.isEmpty() && signups.isEmpty() && people.isEmpty() && messages.isEmpty()
                    && smsCodes == 0 && invitations == 0;
        }
    }

    /** A person or account with the shifts they took. */
    public record PersonRow(Profiles.Held person, List<Assignments.Held> shifts) {
    }

    /** What a correction sets: the details as they should read (the e-mail may be left out). */
    public record Correction(String who, String name, String phone, String email) {
    }

    /** What an erasure did, counted. */
    public record Erased(int appointments, int signups, int messages, int smsCodes, int accounts,
                         int shiftsReleased, int invitations) {
    }

    /** A coordinator looks someone up (logged). */
    public Report find(String given, String coordinator) {
        var who = Who.of(given);
        log.record(coordinator, "VIEW_DATA_SUBJECT", who.masked());
        return report(who);
    }

    /** A coordinator exports what is held (logged as an export). */
    public Report export(String given, String coordinator) {
        var who = Who.of(given);
        log.record(coordinator, "EXPORT_DATA_SUBJECT", who.masked());
        return report(who);
    }

    /**
     * Corrects a resident's name, phone and e-mail in every booking and sign-up that names them; messages still to
     * be sent go to the corrected phone and address. A volunteer corrects their own profile; a sign-in address is not
     * changed here.
     */
    public Report correct(Correction correction, String coordinator) {
        var who = Who.of(correction.who());
        var corrected = Resident.of(correction.name(), correction.phone(), correction.email());
        int changed = appointments.correct(who.phone(), who.email(), corrected)
                + signups.correct(who.phone(), who.email(), corrected);
        if (changed == 0) {
            throw Refusal.invalid("who", "field.who.no-bookings");
        }
        log.record(coordinator, "CORRECTED_DATA_SUBJECT", who.masked());
        return report(Who.of(corrected.phone().e164()));
    }

    /**
     * Erases everything held about the person: bookings and sign-ups still to come are cancelled without a message
     * (their places go on), the personal data of every booking, sign-up and message is erased, SMS codes forgotten;
     * a volunteer's account is deleted as if they had done it. A staff account is not erased here: an admin
     * deactivates it (its name stays on the work it did).
     */
    public Erased erase(String given, String coordinator) {
        var who = Who.of(given);
        var found = profiles.about(who.phone(), who.email());
        if (found.stream().anyMatch(p -> p.accountId() != null && !p.volunteerOnly())) {
            throw Refusal.conflict("data-subject.staff");
        }
        // every phone and address the person is reached at, from what is held, before it is erased
        Set<String> recipients = new LinkedHashSet<>(Stream.of(who.phone(), who.email())
                .filter(r -> !NONE.equals(r)).toList());
        appointments.about(who.phone(), who.email()).forEach(a -> addTo(recipients, a.phone(), a.email()));
        signups.about(who.phone(), who.email()).forEach(s -> addTo(recipients, s.phone(), s.email()));
        found.forEach(p -> addTo(recipients, p.phone(), p.email()));
        int released = 0;
        int closed = 0;
        for (var person : found) {
            released += leave(person.accountId(), person.personId(), person.name(), "erased at the person's request");
            closed += person.accountId() == null ? 0 : 1;
        }
        int booked = appointments.eraseAbout(who.phone(), who.email());
        int signed = signups.eraseAbout(who.phone(), who.email());
        int messages = recipients.stream().mapToInt(outbox::forget).sum();
        int codes = recipients.stream().filter(r -> r.startsWith("+")).mapToInt(verifications::forget).sum();
        int invited = recipients.stream().filter(r -> r.contains("@")).mapToInt(invitations::forget).sum();
        log.record(coordinator, "ERASED_DATA_SUBJECT", who.masked());
        return new Erased(booked, signed, messages, codes, closed, released, invited);
    }

    private static void addTo(Set<String> recipients, String phone, String email) {
        Stream.of(phone, email).filter(r -> r != null && !r.isBlank())
                .map(r -> r.toLowerCase(Locale.ROOT)).forEach(recipients::add);
    }

    /** A volunteer downloads what is held about them (logged). */
    public Report mine(String signedIn) {
        var account = accounts.signedIn(signedIn);
        log.record(signedIn, "EXPORT_OWN_DATA", "account:" + account.email());
        String phone = account.personId() == null ? null : profiles.about(NONE, account.email()).stream()
                .map(Profiles.Held::phone).filter(Objects::nonNull).findFirst().orElse(null);
        return report(new Who(phone == null ? NONE : phone, account.email()));
    }

    /**
     * A volunteer deletes their account, giving their password again: their future shifts are open again (the
     * coordinators are told), and their name, phone, e-mail and profile are erased; the shifts they served stay
     * counted without them. Answers how many shifts were released.
     */
    public int deleteMine(String signedIn, String password, String from) {
        var account = accounts.owner(signedIn, password, from);
        if (!account.roles().stream().allMatch(Role.VOLUNTEER.name()::equals)) {
            throw Refusal.conflict("data-subject.staff");
        }
        log.record(account.email(), "DELETED_OWN_ACCOUNT", "account:" + account.id());
        var phone = profiles.about(NONE, account.email()).stream().map(Profiles.Held::phone)
                .filter(Objects::nonNull).findFirst();
        int released = leave(account.id(), account.personId(), account.name(), "the volunteer deleted their account");
        outbox.forget(account.email());
        phone.ifPresent(p -> {
            outbox.forget(p);
            verifications.forget(p);
        });
        return released;
    }

    /** Every account, for an admin choosing a leaver. */
    public List<AccountClosing.Summary> accounts() {
        return accounts.all();
    }

    /**
     * An admin deactivates a leaver: no more sign-in, every session ends, future shifts are open again and the
     * coordinators told. Their own account cannot be deactivated this way (it would lock them out mid-task).
     */
    public AccountClosing.Summary deactivate(long accountId, String admin) {
        var account = accounts.deactivate(accountId, admin);
        if (account.personId() != null) {
            tellCoordinators(account.name(), assignments.releaseFuture(account.personId(),
                    "the person left (deactivated)"));
        }
        log.record(admin, "DEACTIVATED", "account:" + account.email());
        return account;
    }

    /**
     * Someone leaves for good: their future shifts open (the coordinators told), their calendar link and profile go,
     * and their account (if they have one) is erased. Answers how many shifts were released.
     */
    private int leave(Long accountId, Long personId, String name, String why) {
        List<Assignments.Held> released = List.of();
        if (personId != null) {
            released = assignments.releaseFuture(personId, why);
            feeds.forget(personId);
            profiles.erase(personId);
        }
        if (accountId != null) {
            accounts.erase(accountId);
        }
        tellCoordinators(name, released);
        return released.size();
    }

    /** The coordinators learn which shifts are open again because someone left (nothing when none were). */
    private void tellCoordinators(String name, List<Assignments.Held> released) {
        if (released.isEmpty()) {
            return;
        }
        Instant now = time.now();
        String shifts = released.stream().map(a -> "- " + Texts.when(Language.DA, a.start(), time.zone()) + ", "
                + a.place()).collect(Collectors.joining("\n"));
        Object[] args = {name, released.size(), shifts};
        String topic = "leaver:" + now.getEpochSecond() + ":" + Integer.toHexString(name.hashCode());
        outbox.enqueue(people.emailsOf(Role.COORDINATOR).stream().map(email -> new Outgoing(topic,
                MessageKind.ALERT, ChannelKind.EMAIL, email, Texts.text(Language.DA, "message.leaver.subject", args),
                Texts.text(Language.DA, "message.leaver.email", args), now, now.plus(Duration.ofDays(2)),
                topic + ":" + email)).toList());
    }

    private Report report(Who who) {
        var people = profiles.about(who.phone(), who.email()).stream().map(p -> new PersonRow(p,
                p.personId() == null ? List.of() : assignments.history(p.personId()))).toList();
        Set<String> recipients = new LinkedHashSet<>();
        Stream.of(who.phone(), who.email()).filter(r -> !NONE.equals(r)).forEach(recipients::add);
        people.stream().flatMap(p -> Stream.of(p.person().phone(), p.person().email())).filter(Objects::nonNull)
                .forEach(recipients::add);
        var booked = appointments.about(who.phone(), who.email());
        List<String> subjects = new ArrayList<>();
        booked.forEach(a -> subjects.add("appointment:" + a.reference()));
        people.stream().map(p -> p.person().email()).filter(Objects::nonNull).forEach(e -> subjects.add("account:" + e));
        return new Report(who.shown(), time.now(), booked, signups.about(who.phone(), who.email()), people,
                recipients.stream().flatMap(r -> outbox.to(r).stream()).toList(),
                NONE.equals(who.phone()) ? 0 : verifications.about(who.phone()),
                NONE.equals(who.email()) ? 0 : invitations.about(who.email()), log.about(subjects));
    }
}
