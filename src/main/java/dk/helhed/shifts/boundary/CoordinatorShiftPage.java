package dk.helhed.shifts.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.shifts.control.ShiftMessages;
import dk.helhed.shifts.entity.ShiftAssignment;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A coordinator's view of one shift (pavilion block or homework help): when and where, how many it needs, who holds
 * it with their phone and e-mail, and a button to release someone, for the volunteer who asks after the cut-off
 * (asked once more before it happens). View-scoped: the shift is the one the link named.
 */
@Named
@ViewScoped
public class CoordinatorShiftPage implements Serializable {
    @Inject
    transient PageLanguage language;
    @Inject
    AccessLog log;

    private transient List<Holder> holders;
    private transient Assignments.Staffing holdersOf;


    @Inject
    transient Assignments assignments;
    @Inject
    transient TimeSource time;

    private String id;
    private transient Assignments.Staffing loaded;
    private boolean missing;
    private Long confirming;

    public record Holder(long assignmentId, String name, String phone, String email) {
    }

    public boolean isFound() {
        return staffing() != null;
    }

    public String getWhat() {
        var shift = staffing().shift();
        String what = ShiftMessages.kindName(shift, language.staff());
        if (shift.organisation() != null) {
            return what + ": " + shift.organisation().name();
        }
        return shift.subject() == null ? what
                : what + ": " + Texts.text(language.staff(), shift.subject().textKey());
    }

    public String getWhen() {
        var shift = staffing().shift();
        return Texts.when(language.staff(), shift.startsAt(), time.zone()) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(shift.endsAt().atZone(time.zone()));
    }

    public String getPlace() {
        return staffing().shift().place().name();
    }

    public String getStaffed() {
        var shift = staffing().shift();
        return Texts.text(language.staff(), "page.shift.count", staffing().holders().size(), shift.needed());
    }

    /** Who holds the shift, with their phone and e-mail: the look is logged once per loading of the shift. */
    public List<Holder> getHolders() {
        var staffing = staffing();
        if (holders == null || holdersOf != staffing) {
            log.viewed("VIEW_SHIFT_HOLDERS", "shift:" + id);
            holders = staffing.holders().stream().map(CoordinatorShiftPage::holder).toList();
            holdersOf = staffing;
        }
        return holders;
    }

    private static Holder holder(ShiftAssignment a) {
        return new Holder(a.id(), a.person().name(), a.person().phone(), a.person().email());
    }

    /** The first press on "release": the page asks whether they mean it. */
    public void askRelease(long assignmentId) {
        confirming = assignmentId;
    }

    public void keep() {
        confirming = null;
    }

    public void release() {
        try {
            if (confirming != null) {
                assignments.release(confirming);
                PageMessages.told(language.staff(), "page.shift.released");
            }
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        confirming = null;
        loaded = null;
    }

    public boolean confirming(long assignmentId) {
        return confirming != null && confirming == assignmentId;
    }

    /** The shift named by the link's {@code id}. */
    private Assignments.Staffing staffing() {
        if (loaded == null && !missing) {
            try {
                loaded = assignments.staffing(Long.parseLong(id == null ? "" : id.strip()));
            } catch (NumberFormatException | Refusal notFound) {
                missing = true;
            }
        }
        return loaded;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
        this.loaded = null;
        this.missing = false;
    }
}
