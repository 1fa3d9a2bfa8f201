package dk.helhed.verification.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One counted request in a bucket ("phone:+4520304050", "ip:10.0.0.7"), for limits shared by every node. */
@Entity
@Table(name = "rate_event")
public class RateEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String bucket;
    private Instant at;

    protected RateEvent() {
    }

    public RateEvent(String bucket, Instant at) {
        this.bucket = bucket;
        this.at = at;
    }
}
