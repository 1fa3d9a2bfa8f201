package dk.helhed.rota.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A person a coordinator's call for help has asked to fill a shift: once per person and shift. */
@Entity
@Table(name = "rota_help_call")
@IdClass(HelpCall.Key.class)
public class HelpCall {
    @Id
    @Column(name = "shift_id")
    private Long shiftId;
    @Id
    @Column(name = "person_id")
    private Long personId;
    @Column(name = "asked_at")
    private Instant askedAt;

    protected HelpCall() {
    }

    public HelpCall(long shiftId, long personId, Instant now) {
        this.shiftId = shiftId;
        this.personId = personId;
        this.askedAt = now;
    }

    public static class Key implements Serializable {
        private Long shiftId;
        private Long personId;

        public Key() {
        }

        public Key(Long shiftId, Long personId) {
            this.shiftId = shiftId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(shiftId, k.shiftId)
                    && java.util.Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(shiftId, personId);
        }
    }
}
