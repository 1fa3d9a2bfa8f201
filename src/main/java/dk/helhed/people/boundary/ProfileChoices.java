package dk.helhed.people.boundary;

import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.Subject;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the profile forms offer to tick: the languages commonly spoken in the estates (each named in itself, so
 * its speakers find it) and the subjects of homework help, named in the page's language.
 */
@Named
@RequestScoped
public class ProfileChoices {
    /** Danish, English and the languages most often spoken at home in the plan's estates. */
    static final List<String> COMMON = List.of("da", "en", "ar", "so", "tr", "ur", "fa", "ps", "ku", "ti", "uk",
            "pl", "de", "fr", "es");

    @Inject
    PageLanguage language;

    @PersistenceContext
    EntityManager em;
    @Inject
    Plan plan;

    /** One box to tick: the value sent, and its label. */
    public record Choice(String value, String label, String lang) {
    }

    public List<Choice> languages(Collection<String> alsoThese) {
        var codes = new TreeSet<>(COMMON);
        if (alsoThese != null) {
            alsoThese.stream().map(SpokenLanguage::of).flatMap(java.util.Optional::stream)
                    .map(SpokenLanguage::code).forEach(codes::add);
        }
        return Stream.concat(COMMON.stream(), codes.stream().filter(c -> !COMMON.contains(c)))
                .map(SpokenLanguage::new).map(l -> new Choice(l.code(), l.ownName(), l.code())).toList();
    }

    /** The places, by their Danish names (names of places are not translated). */
    public List<Choice> getPlaces() {
        return plan.places().stream()
                .map(p -> new Choice(p.code(), p.name(), "da")).toList();
    }

    public List<Choice> getSubjects() {
        return Arrays.stream(Subject.values())
                .map(s -> new Choice(s.name(), Texts.text(language.get(), s.textKey()), language.getTag())).toList();
    }
}
