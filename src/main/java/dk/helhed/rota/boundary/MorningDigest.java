package dk.helhed.rota.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.boundary.Outbox;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.boundary.People;
import dk.helhed.people.entity.Role;
import dk.helhed.rota.control.DigestTiming;
import dk.helhed.rota.control.RotaEntry;
import dk.helhed.rota.control.RotaReader;
import dk.helhed.rota.entity.Digest;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every morning, once the local time has passed {@code helhed.rota.morning-digest-time} (07:00 by default), one
 * e-mail to each active coordinator listing the gaps of the next seven days. Made once per local day: the day is the
 * digest row's key, so a second node or a second run finds it made. No gaps, no e-mail.
 */
@ApplicationScoped
@Transactional
public class MorningDigest {
    private static final Language LANG = Language.DA;

    @PersistenceContext
    EntityManager em;
    @Inject
    People people;
    @Inject
    RotaReader reader;
    @Inject
    Outbox outbox;
    @Inject
    TimeSource time;
    @Inject
    @ConfigProperty(name = "helhed.rota.morning-digest-time", defaultValue = "07:00")
    String at;
    @Inject
    PublicUrl publicUrl;

    /** Answers how many e-mails it queued (0 when not due, made already, or no gaps). */
    public int sendIfDue() {
        var now = time.now();
        var day = DigestTiming.due(now, time.zone(), LocalTime.parse(at));
        if (day.isEmpty() || em.find(Digest.class, day.get()) != null) {
            return 0;
        }
        var gaps = reader.entries(now, now.plus(Duration.ofDays(7)), EnumSet.allOf(ShiftKind.class), true,
                time.zone());
        em.persist(new Digest(day.get(), gaps.size(), now));
        em.flush();
        if (gaps.isEmpty()) {
            return 0;
        }
        String list = gaps.stream().map(this::line).collect(Collectors.joining("\n"));
        Object[] args = {gaps.size(), list, publicUrl.base() + "/coordinator/gaps"};
        String topic = "rota-digest:" + day.get();
        List<String> coordinators = people.emailsOf(Role.COORDINATOR);
        outbox.enqueue(coordinators.stream().map(email -> new Outgoing(topic, MessageKind.REMINDER,
                ChannelKind.EMAIL, email, Texts.text(LANG, "message.rota.digest.subject", args),
                Texts.text(LANG, "message.rota.digest.email", args), now, now.plus(Duration.ofDays(1)),
                topic + ":" + email)).toList());
        return coordinators.size();
    }

    private String line(RotaEntry e) {
        return Texts.text(LANG, "message.rota.digest.line", Texts.when(LANG, e.startsAt(), time.zone()), e.who(),
                e.place(), e.missing(), e.kind() == ShiftKind.HOMEWORK ? Texts.text(LANG, "rota.kind.homework")
                        : Texts.text(LANG, "rota.kind.pavilion"));
    }
}
