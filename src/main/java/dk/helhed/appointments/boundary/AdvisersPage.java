package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.AvailabilityException;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.SpokenLanguage;
import dk.helhed.i18n.Texts;
import dk.helhed.web.Confirming;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /coordinator/advisers}: the advisers with their languages, weekly hours and absences; a staff member with the
 * adviser role made an adviser; weekly hours (slots follow at once) and absences added. Danish or English.
 */
@Named
@ViewScoped
public class AdvisersPage implements Serializable {
    private static final Map<String, String> NEW_FIELDS = Map.of("account", "adviser:account", "languages",
            "adviser:languages");
    private static final Map<String, String> HOURS_FIELDS = Map.of("adviser", "hours:adviser", "place",
            "hours:place", "day", "hours:day", "from", "hours:from", "until", "hours:until", "slotMinutes",
            "hours:slotMinutes", "validFrom", "hours:validFrom", "validUntil", "hours:validUntil");
    private static final Map<String, String> ABSENCE_FIELDS = Map.of("adviser", "absence:adviser", "from",
            "absence:from", "until", "absence:until", "reason", "absence:reason");

    @Inject
    transient AdviserHours hours;
    @Inject
    transient PageLanguage language;

    private transient List<AdviserHours.Overview> advisers;
    private transient List<AdviserHours.Candidate> candidates;
    private String account;
    private List<String> languages = new ArrayList<>();
    private Long hoursOf;
    private String place;
    private String day;
    private String from;
    private String until;
    private Integer slotMinutes = 45;
    private String validFrom;
    private String validUntil;
    private Long absenceOf;
    private String absenceFrom;
    private String absenceUntil;
    private String reason;
    private final Confirming<String> confirm = new Confirming<>();

    /** A choice in a list: what is sent, and what is shown. */
    public record Choice(String value, String label) implements Serializable {
    }

    public List<AdviserHours.Overview> getAdvisers() {
        if (advisers == null) {
            advisers = hours.overview();
        }
        return advisers;
    }

    public List<AdviserHours.Candidate> getCandidates() {
        if (candidates == null) {
            candidates = hours.candidates();
        }
        return candidates;
    }

    public List<Choice> getAdviserChoices() {
        return getAdvisers().stream().map(a -> new Choice(String.valueOf(a.id()), a.name())).toList();
    }

    public List<Choice> getDays() {
        var locale = language.staff().locale();
        return Arrays.stream(DayOfWeek.values()).map(d -> new Choice(d.name(), capital(d.getDisplayName(
                TextStyle.FULL, locale)))).toList();
    }

    public List<Choice> getReasons() {
        Language lang = language.staff();
        return Arrays.stream(AvailabilityException.Reason.values()).map(r -> new Choice(r.name(),
                Texts.text(lang, "page.advisers.reason." + r.name()))).toList();
    }

    /** The languages as their speakers name them ("العربية, Dansk"). */
    public String spoken(List<String> codes) {
        return String.join(", ", codes.stream().map(c -> new SpokenLanguage(c).ownName()).toList());
    }

    public String day(String day) {
        return capital(DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, language.staff().locale()));
    }

    public String reason(String reason) {
        return Texts.text(language.staff(), "page.advisers.reason." + reason);
    }

    private static String capital(String word) {
        return word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }

    public void make() {
        Language lang = language.staff();
        try {
            hours.makeAdviser(new AdviserHours.NewAdviser(account, languages));
            PageMessages.told(lang, "page.advisers.made");
            account = null;
            languages = new ArrayList<>();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, NEW_FIELDS);
        }
        advisers = null;
        candidates = null;
    }

    public void addHours() {
        Language lang = language.staff();
        try {
            if (hoursOf == null) {
                throw Refusal.invalid("adviser", "field.adviser.choose");
            }
            hours.addWeeklyHours(hoursOf, new AdviserHours.WeeklyHours(place, day, from, until, slotMinutes,
                    blank(validFrom), blank(validUntil)));
            PageMessages.told(lang, "page.advisers.hours-added");
            from = null;
            until = null;
            validUntil = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, HOURS_FIELDS);
        }
        advisers = null;
    }

    /** Weekly hours asked about ("adviser:hours"), ended once confirmed. */
    public Confirming<String> getConfirm() {
        return confirm;
    }

    /** What the question about one adviser's weekly hours is kept under. */
    public String key(long adviser, long hoursId) {
        return adviser + ":" + hoursId;
    }

    public void endHours() {
        confirm.answer().ifPresent(key -> {
            String[] ids = key.split(":");
            try {
                int booked = hours.endWeeklyHours(Long.parseLong(ids[0]), Long.parseLong(ids[1]));
                PageMessages.told(language.staff(), "page.advisers.hours-ended", booked);
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, language.staff());
            }
        });
        advisers = null;
    }

    public void removeAbsence(long adviser, long absence) {
        try {
            hours.removeAbsence(adviser, absence);
            PageMessages.told(language.staff(), "page.advisers.absence-removed");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        advisers = null;
    }

    public void addAbsence() {
        Language lang = language.staff();
        try {
            if (absenceOf == null) {
                throw Refusal.invalid("adviser", "field.adviser.choose");
            }
            hours.addAbsence(absenceOf, new AdviserHours.Absence(absenceFrom, absenceUntil, reason));
            PageMessages.told(lang, "page.advisers.absence-added");
            absenceFrom = null;
            absenceUntil = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, ABSENCE_FIELDS);
        }
        advisers = null;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public Long getHoursOf() {
        return hoursOf;
    }

    public void setHoursOf(Long hoursOf) {
        this.hoursOf = hoursOf;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }

    public Long getAbsenceOf() {
        return absenceOf;
    }

    public void setAbsenceOf(Long absenceOf) {
        this.absenceOf = absenceOf;
    }

    public String getAbsenceFrom() {
        return absenceFrom;
    }

    public void setAbsenceFrom(String absenceFrom) {
        this.absenceFrom = absenceFrom;
    }

    public String getAbsenceUntil() {
        return absenceUntil;
    }

    public void setAbsenceUntil(String absenceUntil) {
        this.absenceUntil = absenceUntil;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
