package dk.helhed.audit.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Someone looked at or changed residents' records. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    private String subject;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Instant at, String actor, String action, String subject) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
    }
}
