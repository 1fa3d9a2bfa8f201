package dk.helhed.shifts.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.control.ShiftMessages;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A coordinator's view of one shift (pavilion block or homework help): when and where, how many it needs, who holds
 * it with their phone and e-mail, and a button to release someone, for the volunteer who asks after the cut-off.
 */
@Named
@RequestScoped
public class CoordinatorShiftPage {
    private static final Language LANG = Language.DA;

    @Inject
    Assignments assignments;
    @Inject
    TimeSource time;

    private Assignments.Staffing loaded;
    private boolean missing;

    public record Holder(long assignmentId, String name, String phone, String email) {
    }

    public boolean isFound() {
        return staffing() != null;
    }

    public String getWhat() {
        var shift = staffing().shift();
        String what = ShiftMessages.kindName(shift, LANG);
        if (shift.organisation() != null) {
            return what + ": " + shift.organisation().name();
        }
        return shift.subject() == null ? what : what + ": " + Texts.text(LANG, shift.subject().textKey());
    }

    public String getWhen() {
        var shift = staffing().shift();
        return Texts.when(LANG, shift.startsAt(), time.zone()) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(shift.endsAt().atZone(time.zone()));
    }

    public String getPlace() {
        return staffing().shift().place().name();
    }

    public String getStaffed() {
        var shift = staffing().shift();
        return Texts.text(LANG, "page.shift.count", staffing().holders().size(), shift.needed());
    }

    public List<Holder> getHolders() {
        return staffing().holders().stream().map(CoordinatorShiftPage::holder).toList();
    }

    private static Holder holder(ShiftAssignment a) {
        return new Holder(a.id(), a.person().name(), a.person().phone(), a.person().email());
    }

    public void release(long assignmentId) {
        try {
            assignments.release(assignmentId);
            PageMessages.told(LANG, "page.shift.released");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG);
        }
        loaded = null;
    }

    /**
     * The shift named by the request's {@code id} parameter: the link's query on the first visit, the form's hidden
     * field on a postback (read at once, since "rendered" is asked before any model value is set).
     */
    private Assignments.Staffing staffing() {
        if (loaded == null && !missing) {
            try {
                loaded = assignments.staffing(Long.parseLong(FacesContext.getCurrentInstance().getExternalContext()
                        .getRequestParameterMap().getOrDefault("id", "")));
            } catch (NumberFormatException | Refusal notFound) {
                missing = true;
            }
        }
        return loaded;
    }

    public long getId() {
        return isFound() ? loaded.shift().id() : 0;
    }
}
