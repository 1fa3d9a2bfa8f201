package dk.helhed.shifts.entity;

import dk.helhed.people.entity.Person;
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

import java.time.Instant;

/**
 * The secret address of a person's calendar feed. Only the SHA-256 of the token is kept, so the address is shown
 * once, when it is made; making a new one replaces the hash and the old address answers 404 from then on.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.OF_PERSON, query = "select f from CalendarFeed f where f.person.id = :person")
@NamedQuery(name = CalendarFeed.BY_HASH, query = "select f from CalendarFeed f join fetch f.person where f.tokenHash = :hash")
public class CalendarFeed {
    public static final String OF_PERSON = "CalendarFeed.ofPerson";
    public static final String BY_HASH = "CalendarFeed.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Person person, String tokenHash, Instant now) {
        this.person = person;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new secret: the old address stops working. */
    public void renew(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public Person person() {
        return person;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
