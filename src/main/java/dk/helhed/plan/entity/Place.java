package dk.helhed.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things happen: an estate's local office, the pavilion, a venue in town. Its code is stable and public. A place
 * something still refers to is retired rather than deleted: kept for what happened there, no longer offered.
 */
@Entity
@Table(name = "place")
@NamedQuery(name = Place.BY_CODE, query = "select p from Place p where p.code = :code")
@NamedQuery(name = Place.ALL, query = "select p from Place p where p.retiredAt is null order by p.name")
@NamedQuery(name = Place.EVERY, query = "select p from Place p order by p.retiredAt, p.name")
public class Place {
    public static final String BY_CODE = "Place.byCode";
    public static final String ALL = "Place.all";
    public static final String EVERY = "Place.every";
    private static final Pattern ADDRESS = Pattern.compile("(.*?),\\s*(\\d{4})\\s+(.+)");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SocialPlan plan;
    private String code;
    private String name;
    private String address;
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Place() {
    }

    public Place(SocialPlan plan, String code, String name, String address) {
        this.plan = plan;
        this.code = code;
        this.name = name;
        this.address = address;
    }

    /** Renames the place and moves it (the address as "street, postcode town"); the code stays. */
    public void describe(String name, String address) {
        this.name = name;
        this.address = address;
    }

    /** No longer offered for anything new; what refers to it keeps it. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public boolean retired() {
        return retiredAt != null;
    }

    /** The postcode of an address written "street, postcode town"; null otherwise. */
    public String postcode() {
        Matcher m = address == null ? null : ADDRESS.matcher(address.strip());
        return m != null && m.matches() ? m.group(2) : null;
    }

    /** The town of an address written "street, postcode town"; null otherwise. */
    public String town() {
        Matcher m = address == null ? null : ADDRESS.matcher(address.strip());
        return m != null && m.matches() ? m.group(3).strip() : null;
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

    /** The street address with postcode and town, e.g. "Karlemoseparken 112, 4600 Køge"; null if not known. */
    public String address() {
        return address;
    }

    /** Where, as a calendar's LOCATION or a line of a message: the name, and the address when it is known. */
    public String location() {
        return address == null || address.isBlank() ? name : name + ", " + address;
    }

    /** The address to write in a message: the street address, or the name when no address is known. */
    public String streetAddress() {
        return address == null || address.isBlank() ? name : address;
    }

    /** The street and number: the address up to its first comma ("Karlemoseparken 112"), or null without one. */
    public String street() {
        if (address == null || address.isBlank()) {
            return null;
        }
        int comma = address.indexOf(',');
        return comma < 0 ? address.strip() : address.substring(0, comma).strip();
    }

    /** OpenStreetMap's search for the address (a plain link: no map script on our pages). */
    public String mapLink() {
        return "https://www.openstreetmap.org/search?query="
                + URLEncoder.encode(streetAddress(), StandardCharsets.UTF_8);
    }
}
