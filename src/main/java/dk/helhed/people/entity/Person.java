package dk.helhed.people.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** Someone who works for the plan: staff, a partner's staff member, a volunteer. Residents are not people here. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_ID, query = "select p from Person p where p.id = :id")
public class Person {
    public static final String BY_ID = "Person.byId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String phone;
    private String email;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected Person() {
    }

    public Person(String name, PhoneNumber phone, String email, Organisation organisation) {
        this.name = name;
        this.phone = phone == null ? null : phone.e164();
        this.email = email;
        this.organisation = organisation;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** E.164, or null when none is known. */
    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Organisation organisation() {
        return organisation;
    }
}
