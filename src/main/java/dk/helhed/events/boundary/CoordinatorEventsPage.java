package dk.helhed.events.boundary;

import dk.helhed.events.entity.EventPlan;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.web.Confirming;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /coordinator/events}: the workshops and other events of the coming months, with places left and the line's
 * length; a form for a new one (or a weekly series), with its title and description in each page language; and
 * cancelling one, asked once more (everyone signed up or waiting is told). Danish or English.
 */
@Named
@ViewScoped
public class CoordinatorEventsPage implements Serializable {
    static final int DAYS_AHEAD = 180;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("place", "event:place"),
            Map.entry("title", "event:titleDa"), Map.entry("title.da", "event:titleDa"),
            Map.entry("title.en", "event:titleEn"), Map.entry("title.ar", "event:titleAr"),
            Map.entry("description", "event:descriptionDa"), Map.entry("description.da", "event:descriptionDa"),
            Map.entry("description.en", "event:descriptionEn"), Map.entry("description.ar", "event:descriptionAr"),
            Map.entry("start", "event:start"), Map.entry("end", "event:end"),
            Map.entry("signupDeadline", "event:signupDeadline"), Map.entry("capacity", "event:capacity"),
            Map.entry("repeatWeekly", "event:weeks"), Map.entry("repeatWeekly.count", "event:weeks"));

    @Inject
    transient EventAdministration administration;
    @Inject
    transient EventCatalogue catalogue;
    @Inject
    transient PageLanguage language;
    @Inject
    transient TimeSource time;

    /** An event as the list shows it. */
    public record Row(long id, String title, String when, String place, int capacity, int placesLeft, long waitlist)
            implements Serializable {
    }

    private transient List<Row> rows;
    private final Confirming<Long> confirm = new Confirming<>();
    private Long editing;
    private String place;
    private String titleDa;
    private String titleEn;
    private String titleAr;
    private String descriptionDa;
    private String descriptionEn;
    private String descriptionAr;
    private String start;
    private String end;
    private String signupDeadline;
    private Integer capacity;
    private Integer weeks;

    public List<Row> getEvents() {
        if (rows == null) {
            Language lang = language.staff();
            LocalDate today = time.now().atZone(time.zone()).toLocalDate();
            rows = catalogue.upcoming(today, today.plusDays(DAYS_AHEAD), Optional.empty()).stream()
                    .map(l -> new Row(l.event().id(), l.event().title().in(lang.tag()),
                            Texts.span(lang, l.event().startsAt(), l.event().endsAt(), time.zone()),
                            l.event().place().name(), l.event().capacity(), l.event().placesLeft(), l.waitlist()))
                    .toList();
        }
        return rows;
    }

    /** Fills the form with one event, to change it; its sign-up deadline as it stands. */
    public void edit(long id) {
        var event = catalogue.find(id).event();
        var local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        editing = id;
        place = event.place().code();
        titleDa = event.title().da();
        titleEn = event.title().en();
        titleAr = event.title().ar();
        descriptionDa = event.description().da();
        descriptionEn = event.description().en();
        descriptionAr = event.description().ar();
        start = local.format(event.startsAt().atZone(time.zone()));
        end = local.format(event.endsAt().atZone(time.zone()));
        signupDeadline = local.format(event.signupDeadline().atZone(time.zone()));
        capacity = event.capacity();
        weeks = null;
        confirm.keep();
    }

    /** Leaves the change, the form empty again for a new event. */
    private void stopEditing() {
        editing = null;
        place = null;
        titleDa = titleEn = titleAr = descriptionDa = descriptionEn = descriptionAr = null;
        start = end = signupDeadline = null;
        capacity = null;
        weeks = null;
    }

    public Long getEditing() {
        return editing;
    }

    /** Creates, or saves the change to the event being changed. */
    public void save() {
        if (editing == null) {
            create();
            return;
        }
        Language lang = language.staff();
        try {
            var edited = administration.edit(editing, new EventPlan.Draft(place,
                    new EventPlan.Wording(titleDa, titleEn, titleAr),
                    new EventPlan.Wording(descriptionDa, descriptionEn, descriptionAr), start, end,
                    signupDeadline == null || signupDeadline.isBlank() ? null : signupDeadline, capacity, null));
            PageMessages.told(lang, "page.coordinator-events.saved", edited.event().title().in(lang.tag()),
                    edited.told(), edited.offered());
            stopEditing();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, FIELDS);
        }
        rows = null;
    }

    public void create() {
        Language lang = language.staff();
        try {
            var made = administration.create(new EventPlan.Draft(place,
                    new EventPlan.Wording(titleDa, titleEn, titleAr),
                    new EventPlan.Wording(descriptionDa, descriptionEn, descriptionAr), start, end,
                    signupDeadline == null || signupDeadline.isBlank() ? null : signupDeadline, capacity,
                    weeks == null || weeks <= 1 ? null : new EventPlan.Weekly(weeks, null, null)));
            PageMessages.told(lang, "page.coordinator-events.created", made.events().size());
            titleDa = titleEn = titleAr = descriptionDa = descriptionEn = descriptionAr = null;
            start = end = signupDeadline = null;
            weeks = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, FIELDS);
        }
        rows = null;
    }

    public Confirming<Long> getConfirm() {
        return confirm;
    }

    public void cancel() {
        Language lang = language.staff();
        confirm.answer().ifPresent(id -> {
            try {
                var event = administration.cancel(id);
                PageMessages.told(lang, "page.coordinator-events.cancelled", event.title().in(lang.tag()));
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, lang);
            }
        });
        rows = null;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTitleDa() {
        return titleDa;
    }

    public void setTitleDa(String titleDa) {
        this.titleDa = titleDa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public void setDescriptionDa(String descriptionDa) {
        this.descriptionDa = descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public void setDescriptionAr(String descriptionAr) {
        this.descriptionAr = descriptionAr;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getSignupDeadline() {
        return signupDeadline;
    }

    public void setSignupDeadline(String signupDeadline) {
        this.signupDeadline = signupDeadline;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
