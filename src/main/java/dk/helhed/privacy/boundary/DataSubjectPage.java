package dk.helhed.privacy.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code /coordinator/data-subject}: a coordinator answers a resident's or volunteer's request about their data. The
 * search is a GET (a link can be kept in the case file); correcting and erasing are forms, erasing asked once more.
 * What is found is loaded once per search and logged as a view.
 */
@Named
@ViewScoped
public class DataSubjectPage implements Serializable {
    private static final Language LANG = Language.DA;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient DataSubjects subjects;
    @Inject
    transient TimeSource time;
    @Inject
    transient HttpServletRequest request;

    private String who;
    private transient DataSubjects.Report report;
    private boolean searched;
    private boolean confirmingErasure;
    private String name;
    private String phone;
    private String email;

    /** The view action: looks the person up once per search. */
    public void search() {
        if (report != null || who == null || who.isBlank()) {
            return;
        }
        load();
    }

    private void load() {
        try {
            report = subjects.find(who, request.getUserPrincipal().getName());
            searched = true;
            report.appointments().stream().findFirst().ifPresentOrElse(a -> fill(a.name(), a.phone(), a.email()),
                    () -> report.signups().stream().findFirst().ifPresent(s -> fill(s.name(), s.phone(), s.email())));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG, Map.of("who", "who"));
            report = null;
            searched = false;
        }
    }

    private void fill(String name, String phone, String email) {
        this.name = name;
        this.phone = phone;
        this.email = email;
    }

    public DataSubjects.Report getReport() {
        if (report == null && searched) {
            load();
        }
        return report;
    }

    public boolean isSearched() {
        return searched && report != null;
    }

    /** Whether there are bookings or sign-ups to correct. */
    public boolean isCorrectable() {
        return isSearched() && (!report.appointments().isEmpty() || !report.signups().isEmpty());
    }

    public String getDownload() {
        return request.getContextPath() + "/api/v1/coordinator/data-subjects?download=true&who="
                + URLEncoder.encode(report.who(), StandardCharsets.UTF_8);
    }

    public String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(time.zone()));
    }

    public String status(String status) {
        return Texts.text(LANG, "page.data-subject.status." + status.toLowerCase(java.util.Locale.ROOT));
    }

    public void correct() {
        try {
            var found = subjects.correct(new DataSubjects.Correction(who, name, phone, email),
                    request.getUserPrincipal().getName());
            PageMessages.told(LANG, "page.data-subject.corrected");
            who = found.who();
            report = found;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG, Map.of("name", "correction:name", "phone", "correction:phone",
                    "email", "correction:email"));
        }
    }

    public void askErasure() {
        confirmingErasure = true;
    }

    public void keep() {
        confirmingErasure = false;
    }

    public void erase() {
        confirmingErasure = false;
        try {
            var erased = subjects.erase(who, request.getUserPrincipal().getName());
            PageMessages.told(LANG, "page.data-subject.erased", erased.appointments(), erased.signups(),
                    erased.messages(), erased.smsCodes(), erased.accounts(), erased.shiftsReleased());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG);
        }
        report = null;
        load();
    }

    public boolean isConfirmingErasure() {
        return confirmingErasure;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        if (who != null && !who.equals(this.who)) {
            report = null;
        }
        this.who = who;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
