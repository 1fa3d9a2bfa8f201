package dk.helhed.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One message to one person on one channel, written in the same transaction as the change it tells about.
 * The dedupe key (what, kind, channel, appointment start) makes enqueueing the same message twice impossible.
 * The dispatcher moves it along; see {@link OutboxStatus}.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.ERASE_SETTLED, query = """
        update OutboxMessage m set m.recipient = '', m.subject = null, m.body = :erased, m.calendar = null,
        m.lastError = null, m.erasedAt = :now
        where m.erasedAt is null and m.status in :settled and m.dueAt < :before""")
@NamedQuery(name = OutboxMessage.WAITING_IN_CLEAR, query = """
        select m from OutboxMessage m where m.status in :waiting and m.body not like 'sealed:%'""")
@NamedQuery(name = OutboxMessage.TO, query = """
        select m from OutboxMessage m where lower(m.recipient) = :recipient order by m.dueAt, m.id""")
@NamedQuery(name = OutboxMessage.CANCEL_TO, query = """
        update OutboxMessage m set m.status = :cancelled, m.settledAt = :now, m.lastError = :why
        where lower(m.recipient) = :recipient and m.status in :waiting
        and (m.status <> dk.helhed.messaging.entity.OutboxStatus.SENDING or m.handedOverAt is null)""")
@NamedQuery(name = OutboxMessage.ERASE_TO, query = """
        update OutboxMessage m set m.recipient = '', m.subject = null, m.body = :erased, m.calendar = null,
        m.lastError = null, m.erasedAt = :now where lower(m.recipient) = :recipient and m.status in :settled""")
@NamedQuery(name = OutboxMessage.ERASE_TOPIC, query = """
        update OutboxMessage m set m.recipient = '', m.subject = null, m.body = :erased, m.calendar = null,
        m.lastError = null, m.erasedAt = :now where m.topic = :topic and m.status in :settled""")
@NamedQuery(name = OutboxMessage.READDRESS, query = """
        update OutboxMessage m set m.recipient = :to where m.topic = :topic and m.recipient = :from
        and m.status in :waiting""")
@NamedQuery(name = OutboxMessage.BY_TOPIC, query = "select m from OutboxMessage m where m.topic = :topic order by m.id")
@NamedQuery(name = OutboxMessage.CANCEL_TOPIC, query = """
        update OutboxMessage m set m.status = :cancelled, m.settledAt = :now, m.lastError = :why
        where m.topic = :topic and m.status in :waiting
        and (m.status <> dk.helhed.messaging.entity.OutboxStatus.SENDING or m.handedOverAt is null)""")
@NamedQuery(name = OutboxMessage.CANCEL_TOPIC_KINDS, query = """
        update OutboxMessage m set m.status = :cancelled, m.settledAt = :now, m.lastError = :why
        where m.topic = :topic and m.kind in :kinds and m.status in :waiting
        and (m.status <> dk.helhed.messaging.entity.OutboxStatus.SENDING or m.handedOverAt is null)""")
@NamedQuery(name = OutboxMessage.RECENT_ON, query = """
        select m from OutboxMessage m where m.channel in :channels order by m.id desc""")
@NamedQuery(name = OutboxMessage.SMS_BY_PROVIDER_ID, query = """
        select m from OutboxMessage m where m.providerId = :sid
        and m.channel = dk.helhed.messaging.entity.ChannelKind.SMS order by m.id""")
public class OutboxMessage {
    public static final String ERASE_SETTLED = "OutboxMessage.eraseSettled";
    public static final String SMS_BY_PROVIDER_ID = "OutboxMessage.smsByProviderId";
    public static final String BY_TOPIC = "OutboxMessage.byTopic";
    public static final String TO = "OutboxMessage.to";
    public static final String CANCEL_TO = "OutboxMessage.cancelTo";
    public static final String ERASE_TO = "OutboxMessage.eraseTo";
    public static final String READDRESS = "OutboxMessage.readdress";
    public static final String ERASE_TOPIC = "OutboxMessage.eraseTopic";
    public static final String WAITING_IN_CLEAR = "OutboxMessage.waitingInClear";
    public static final String CANCEL_TOPIC = "OutboxMessage.cancelTopic";
    public static final String CANCEL_TOPIC_KINDS = "OutboxMessage.cancelTopicKinds";
    public static final String RECENT_ON = "OutboxMessage.recentOn";
    public static final int AWAITED = 0;
    public static final int SCHEDULED = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dedupe_key")
    private String dedupeKey;
    private String topic;
    @Enumerated(EnumType.STRING)
    private MessageKind kind;
    @Enumerated(EnumType.STRING)
    private ChannelKind channel;
    private String recipient;
    private String subject;
    private String body;
    /** An iCalendar text sent beside an e-mail's body, or null. */
    private String calendar;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    /** {@link #AWAITED} when someone is waiting for it (claimed first), {@link #SCHEDULED} otherwise. */
    private int priority;
    private int attempts;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "claim_token")
    private String claimToken;
    @Column(name = "provider_id")
    private String providerId;
    /** How far Twilio got with an SMS, from its status callbacks; null until one came. */
    @Enumerated(EnumType.STRING)
    @Column(name = "provider_status")
    private SmsDelivery providerStatus;
    @Column(name = "handed_over_at")
    private Instant handedOverAt;
    @Column(name = "last_error")
    private String lastError;
    /** When the retention job erased recipient, subject and text; the row stays countable. */
    @Column(name = "erased_at")
    private Instant erasedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "settled_at")
    private Instant settledAt;

    protected OutboxMessage() {
    }

    /** The message, its text as stored ({@code body}: the outgoing text sealed). */
    public OutboxMessage(Outgoing outgoing, String body, Instant now) {
        this.dedupeKey = outgoing.dedupeKey();
        this.topic = outgoing.topic();
        this.kind = outgoing.kind();
        this.channel = outgoing.channel();
        this.recipient = outgoing.recipient();
        this.subject = outgoing.subject();
        this.body = body;
        this.calendar = outgoing.calendar();
        this.dueAt = outgoing.dueAt().isBefore(now) ? now : outgoing.dueAt();
        this.expiresAt = outgoing.expiresAt();
        this.status = OutboxStatus.PENDING;
        this.priority = outgoing.kind().awaited() ? AWAITED : SCHEDULED;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public MessageKind kind() {
        return kind;
    }

    public ChannelKind channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    /** The text as stored: sealed, unless written before texts were sealed; see the outbox's {@code text}. */
    public String body() {
        return body;
    }

    /** Replaces a waiting text written in clear with its sealed form. */
    public void sealBody(String sealed) {
        this.body = sealed;
    }

    public String calendar() {
        return calendar;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String providerId() {
        return providerId;
    }

    public SmsDelivery providerStatus() {
        return providerStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String topic() {
        return topic;
    }
}
