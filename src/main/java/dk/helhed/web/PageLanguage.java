package dk.helhed.web;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a resident's page: the one this request picks ({@code ?lang=}, from the language links or a
 * form's hidden field), else the page's own suggestion (the manage page: the appointment's language), else the one
 * picked earlier in this browser ({@link RememberedLanguage}), else the first of Accept-Language that Helhed speaks,
 * else Danish. Request-scoped, not view-scoped: {@code f:view locale} reads it while the view is being built, before
 * a view scope exists.
 */
@Named
@RequestScoped
public class PageLanguage {
    public static final String PARAMETER = "lang";

    @Inject
    HttpServletRequest request;

    private Language suggested;

    /** One entry of the language picker, named in its own language. */
    public record Choice(String tag, String name, String direction, boolean current) {
    }

    public Language get() {
        return Language.fromTag(request.getParameter(PARAMETER))
                .or(() -> Optional.ofNullable(suggested))
                .or(() -> RememberedLanguage.in(request))
                .orElseGet(() -> RequestLanguage.of(request));
    }

    /** What this page would choose when the request picks nothing, e.g. the language an appointment was booked in. */
    public void suggest(Language language) {
        this.suggested = language;
    }

    public String text(String key) {
        return Texts.text(get(), key);
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getTag() {
        return get().tag();
    }

    public String getDirection() {
        return get().direction();
    }

    public List<Choice> getChoices() {
        Language current = get();
        return Arrays.stream(Language.values()).map(l -> new Choice(l.tag(), Texts.text(l, "language." + l.tag()),
                l.direction(), l == current)).toList();
    }

    /** The staff pages' languages, Danish and English: partner organisations' staff are not all Danish speakers. */
    public static final List<Language> STAFF = List.of(Language.DA, Language.EN);

    /** A staff page's language: the page's own when Danish or English, else Danish. */
    public Language staff() {
        Language lang = get();
        return STAFF.contains(lang) ? lang : Language.DA;
    }

    public String getStaffTag() {
        return staff().tag();
    }

    public Locale getStaffLocale() {
        return staff().locale();
    }

    /** The language picker of a staff page: Danish and English. */
    public List<Choice> getStaffChoices() {
        Language current = staff();
        return STAFF.stream().map(l -> new Choice(l.tag(), Texts.text(l, "language." + l.tag()), l.direction(),
                l == current)).toList();
    }
}
