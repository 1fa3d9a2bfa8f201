package dk.helhed.pavilion.boundary;

import dk.helhed.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Residents' "who is at the pavilion today", in the page's language. */
@Named
@RequestScoped
public class PavilionPage {
    @Inject
    WhoIsHere who;
    @Inject
    PageLanguage language;

    private List<WhoIsHere.Day> days;

    public WhoIsHere.Day getToday() {
        return days().get(0);
    }

    public List<WhoIsHere.Day> getLaterThisWeek() {
        return days().subList(1, days().size());
    }

    private List<WhoIsHere.Day> days() {
        if (days == null) {
            days = who.week(language.get());
        }
        return days;
    }
}
