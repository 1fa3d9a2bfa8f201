package dk.helhed.rota.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The coordinators' morning digest of one local day: its key is the day, so it is made once however many nodes try. */
@Entity
@Table(name = "rota_digest")
public class Digest {
    @Id
    @Column(name = "local_day")
    private LocalDate day;
    private int gaps;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Digest() {
    }

    public Digest(LocalDate day, int gaps, Instant now) {
        this.day = day;
        this.gaps = gaps;
        this.createdAt = now;
    }
}
