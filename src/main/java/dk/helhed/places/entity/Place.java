package dk.helhed.places.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** Where things happen: an estate's local office, the pavilion, a venue in town. Its code is stable and public. */
@Entity
@Table(name = "place")
@NamedQuery(name = Place.BY_CODE, query = "select p from Place p where p.code = :code")
@NamedQuery(name = Place.ALL, query = "select p from Place p order by p.name")
public class Place {
    public static final String BY_CODE = "Place.byCode";
    public static final String ALL = "Place.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SocialPlan plan;
    private String code;
    private String name;
    private String address;

    protected Place() {
    }

    public Place(SocialPlan plan, String code, String name, String address) {
        this.plan = plan;
        this.code = code;
        this.name = name;
        this.address = address;
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

    public String address() {
        return address;
    }
}
