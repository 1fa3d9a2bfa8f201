package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /coordinator/closed-days}: the plan's own closed days from today; close a day, open one again. */
@Named
@ViewScoped
public class ClosedDaysPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("day", "closed:day", "reason", "closed:reason");

    @Inject
    transient PlanClosedDays days;
    @Inject
    transient PageLanguage language;

    private transient List<PlanClosedDays.View> coming;
    private String day;
    private String reason;

    public List<PlanClosedDays.View> getDays() {
        if (coming == null) {
            coming = days.coming();
        }
        return coming;
    }

    public void add() {
        try {
            var added = days.add(new PlanClosedDays.Draft(day, reason));
            PageMessages.told(language.staff(), "page.closed-days.added", added.day());
            day = null;
            reason = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
        coming = null;
    }

    public void remove(String closed) {
        try {
            days.remove(closed);
            PageMessages.told(language.staff(), "page.closed-days.removed", closed);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        coming = null;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
