package dk.helhed.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One status callback from Twilio that we accepted, once per message and status: (sid, status) is unique, so a
 * replayed callback (Twilio's signature has no timestamp, so anyone who saw one can send it again) is recognised
 * and changes nothing. {@code applied} says whether it moved the message on (false: it came late).
 */
@Entity
@Table(name = "sms_status_event")
@NamedQuery(name = SmsStatusEvent.SEEN, query = """
        select count(e) from SmsStatusEvent e where e.messageSid = :sid and e.messageStatus = :status""")
@NamedQuery(name = SmsStatusEvent.OF_MESSAGE, query = """
        select e from SmsStatusEvent e where e.outboxMessageId = :id order by e.id""")
public class SmsStatusEvent {
    public static final String SEEN = "SmsStatusEvent.seen";
    public static final String OF_MESSAGE = "SmsStatusEvent.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "outbox_message_id")
    private long outboxMessageId;
    @Column(name = "message_sid")
    private String messageSid;
    /** Twilio's word for it, lower case, as received (e.g. "delivered"). */
    @Column(name = "message_status")
    private String messageStatus;
    @Column(name = "error_code")
    private String errorCode;
    private boolean applied;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected SmsStatusEvent() {
    }

    public SmsStatusEvent(long outboxMessageId, String messageSid, String messageStatus, String errorCode,
                          boolean applied, Instant receivedAt) {
        this.outboxMessageId = outboxMessageId;
        this.messageSid = messageSid;
        this.messageStatus = messageStatus;
        this.errorCode = errorCode;
        this.applied = applied;
        this.receivedAt = receivedAt;
    }

    public long outboxMessageId() {
        return outboxMessageId;
    }

    public String messageSid() {
        return messageSid;
    }

    public String messageStatus() {
        return messageStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    public boolean applied() {
        return applied;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
