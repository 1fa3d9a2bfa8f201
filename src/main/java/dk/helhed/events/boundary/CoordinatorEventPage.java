package dk.helhed.events.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * {@code /coordinator/event?id=…}: one event's participants and its waitlist in order, with exports (CSV,
 * spreadsheet) and a print view. The look is written to the access log. Danish or English.
 */
@Named
@RequestScoped
public class CoordinatorEventPage {
    @Inject
    EventAdministration administration;
    @Inject
    PageLanguage language;
    @Inject
    TimeSource time;
    @Inject
    HttpServletRequest request;

    /** A person on the list, as the page shows them. */
    public record Person(String status, Integer position, String reference, String name, String phone, String email) {
    }

    private Long id;
    private boolean print;
    private String title;
    private String when;
    private String place;
    private List<Person> participants = List.of();
    private List<Person> waitlist = List.of();
    private boolean found;

    public void load() {
        Language lang = language.staff();
        if (id == null) {
            PageMessages.refused(Refusal.notFound("event.unknown"), lang);
            return;
        }
        try {
            var list = administration.participants(id, request.getUserPrincipal().getName());
            var e = list.event();
            title = e.title().in(lang.tag());
            when = Texts.span(lang, e.startsAt(), e.endsAt(), time.zone());
            place = e.place().name();
            participants = list.withPlace().stream().map(s -> person(s, null, lang)).toList();
            waitlist = list.waitlist().inOrder().stream()
                    .map(s -> person(s, list.waitlist().position(s).getAsInt(), lang)).toList();
            found = true;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
    }

    private static Person person(dk.helhed.events.entity.Signup s, Integer position, Language lang) {
        var c = s.contact();
        return new Person(Texts.text(lang, "page.participants.status." + s.status().name()), position, s.reference(),
                c.name(), c.phone(), c.email().orElse(null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isPrint() {
        return print;
    }

    public void setPrint(boolean print) {
        this.print = print;
    }

    public boolean isFound() {
        return found;
    }

    public String getTitle() {
        return title;
    }

    public String getWhen() {
        return when;
    }

    public String getPlace() {
        return place;
    }

    public List<Person> getParticipants() {
        return participants;
    }

    public List<Person> getWaitlist() {
        return waitlist;
    }
}
