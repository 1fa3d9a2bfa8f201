package dk.helhed.appointments.entity;

import dk.helhed.people.entity.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** A person who gives economic advice, one resident at a time. */
@Entity
@Table(name = "adviser")
public class Adviser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    protected Adviser() {
    }

    public Adviser(Person person) {
        this.person = person;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }
}
