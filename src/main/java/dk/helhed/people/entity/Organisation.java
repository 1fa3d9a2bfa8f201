package dk.helhed.people.entity;

import dk.helhed.plan.entity.SocialPlan;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A partner organisation of a plan: the job centre, SSP, Dansk Folkehjælp, the plan's own secretariat. */
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

    protected Organisation() {
    }

    public Organisation(SocialPlan plan, String code, String name) {
        this.plan = plan;
        this.code = code;
        this.name = name;
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
