package dk.helhed.audit.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Someone looked at or changed personal data, or a security event happened (a sign-in, a failed or throttled one, a
 * new password, an erasure): who, when, what, about what or whom, and from which address.
 */
@Entity
@Table(name = "access_log")
@NamedQuery(name = AccessLogEntry.FORGET_BEFORE, query = "delete from AccessLogEntry e where e.at < :before")
public class AccessLogEntry {
    public static final String FORGET_BEFORE = "AccessLogEntry.forgetBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    private String subject;
    private String address;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Instant at, String actor, String action, String subject, String address) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.address = address;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String address() {
        return address;
    }
}
