package dk.helhed.people.entity;

import dk.helhed.i18n.SpokenLanguage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    @Column(name = "sms_consent")
    private boolean smsConsent;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_subject", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "subject")
    @Enumerated(EnumType.STRING)
    private Set<Subject> subjects = EnumSet.noneOf(Subject.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_place", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "place_code")
    private Set<String> places = new HashSet<>();

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

    /**
     * The profile a volunteer keeps: how to reach them, whether SMS is welcome, what they speak and can teach. A
     * phone must be known before SMS can be agreed to.
     */
    public void updateProfile(String name, PhoneNumber phone, String email, boolean smsConsent,
                              Collection<SpokenLanguage> languages, Collection<Subject> subjects) {
        if (smsConsent && phone == null) {
            throw dk.helhed.i18n.Refusal.invalid("smsConsent", "field.sms-consent.no-phone");
        }
        this.name = name;
        this.phone = phone == null ? null : phone.e164();
        this.email = email;
        this.smsConsent = smsConsent;
        this.languages = languages.stream().map(SpokenLanguage::code).collect(Collectors.toCollection(HashSet::new));
        this.subjects = subjects.isEmpty() ? EnumSet.noneOf(Subject.class) : EnumSet.copyOf(subjects);
    }

    /**
     * Erases name, phone, e-mail and what they told about themselves (a volunteer who deleted their account); the
     * row stays so that the shifts they served can still be counted.
     */
    public void erase() {
        name = "";
        phone = null;
        email = null;
        smsConsent = false;
        languages.clear();
        subjects.clear();
        places.clear();
    }

    /** Whether they may be sent SMS: they agreed, and a number is known. */
    public boolean acceptsSms() {
        return smsConsent && phone != null;
    }

    public boolean smsConsent() {
        return smsConsent;
    }

    public SortedSet<SpokenLanguage> languages() {
        return languages.stream().map(SpokenLanguage::new).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<Subject> subjects() {
        return subjects.isEmpty() ? EnumSet.noneOf(Subject.class) : EnumSet.copyOf(subjects);
    }

    /** Where they can help, by place code: their shift list starts with these places. */
    public void helpAt(Collection<String> placeCodes) {
        this.places = new HashSet<>(placeCodes);
    }

    public SortedSet<String> places() {
        return new TreeSet<>(places);
    }

    public boolean teaches(Subject subject) {
        return subjects.contains(subject);
    }

    public Organisation organisation() {
        return organisation;
    }
}
