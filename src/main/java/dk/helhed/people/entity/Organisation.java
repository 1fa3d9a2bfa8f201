package dk.helhed.people.entity;

import dk.helhed.plan.entity.SocialPlan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A partner organisation of a plan: the job centre, SSP, Dansk Folkehjælp, the plan's own secretariat; what it helps
 * with is shown on "who is at the pavilion". One that staff, shifts or blocks refer to is retired, not deleted.
 */
@Entity
@Table(name = "organisation")
public class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SocialPlan plan;
    private String code;
    private String name;
    @Column(name = "helps_with")
    private String helpsWith;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Organisation() {
    }

    public Organisation(SocialPlan plan, String code, String name) {
        this.plan = plan;
        this.code = code;
        this.name = name;
    }

    /** Renames it and says what it helps with (null: not said); the code stays. */
    public void describe(String name, String helpsWith) {
        this.name = name;
        this.helpsWith = helpsWith;
    }

    /** No longer offered for anything new (invitations, blocks); what refers to it keeps it. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** What it helps residents with, in its own words; null when not said. */
    public String helpsWith() {
        return helpsWith;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
