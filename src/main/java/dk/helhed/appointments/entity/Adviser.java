package dk.helhed.appointments.entity;

import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.people.entity.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person who gives economic advice, one resident at a time, in the languages they speak. */
@Entity
@Table(name = "adviser")
@NamedQuery(name = Adviser.LANGUAGES_SPOKEN, query = "select distinct l from Adviser a join a.languages l")
@NamedQuery(name = Adviser.LANGUAGES_OF, query = "select a.id, l from Adviser a join a.languages l where a.id in :ids")
public class Adviser {
    public static final String LANGUAGES_SPOKEN = "Adviser.languagesSpoken";
    /** (adviser id, language code) of the advisers {@code ids}: their languages in one statement. */
    public static final String LANGUAGES_OF = "Adviser.languagesOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    // eager: every slot listed shows its adviser's languages, and there are only a handful of advisers
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adviser_language", joinColumns = @JoinColumn(name = "adviser_id"))
    @Column(name = "language")
    private Set<String> languages = new HashSet<>();

    protected Adviser() {
    }

    public Adviser(Person person, Collection<SpokenLanguage> languages) {
        this.person = person;
        languages.forEach(l -> this.languages.add(l.code()));
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public SortedSet<SpokenLanguage> languages() {
        return languages.stream().map(SpokenLanguage::new).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The languages the adviser now speaks (at least one, checked by the boundary). */
    public void speak(Collection<SpokenLanguage> spoken) {
        languages.clear();
        spoken.forEach(l -> languages.add(l.code()));
    }

    public boolean speaks(SpokenLanguage language) {
        return languages.contains(language.code());
    }
}
