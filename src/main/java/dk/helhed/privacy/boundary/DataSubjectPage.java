package dk.helhed.privacy.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /coordinator/data-subject}: a coordinator answers a resident's or volunteer's request about their data. The
 * search, the download, the correction and the erasure (asked once more) are all forms posted to the page, so the
 * person's number is never in an address, a browser's history or a server log. What is found is loaded once per
 * search and logged as a view.
 */
@Named
@ViewScoped
public class DataSubjectPage implements Serializable {
    @Inject
    transient PageLanguage language;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient DataSubjects subjects;
    @Inject
    transient TimeSource time;

    private String who;
    private String found;
    private transient DataSubjects.Report report;
    private boolean confirmingErasure;
    private String name;
    private String phone;
    private String email;

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static String me() {
        return request().getUserPrincipal().getName();
    }

    /** The search: what is held about the phone or address typed. */
    public void search() {
        confirmingErasure = false;
        found = null;
        report = null;
        load(who);
    }

    private void load(String whom) {
        try {
            report = subjects.find(whom, me());
            found = report.who();
            report.appointments().stream().findFirst().ifPresentOrElse(a -> fill(a.name(), a.phone(), a.email()),
                    () -> report.signups().stream().findFirst().ifPresent(s -> fill(s.name(), s.phone(), s.email())));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), Map.of("who", "search:who"));
            report = null;
            found = null;
        }
    }

    private void fill(String name, String phone, String email) {
        this.name = name;
        this.phone = phone;
        this.email = email;
    }

    /** What was found for the last search (loaded again, and logged, after a page's state was restored). */
    public DataSubjects.Report getReport() {
        if (report == null && found != null) {
            load(found);
        }
        return report;
    }

    public boolean isSearched() {
        return getReport() != null;
    }

    /** Whether there are bookings or sign-ups to correct. */
    public boolean isCorrectable() {
        return isSearched() && (!report.appointments().isEmpty() || !report.signups().isEmpty());
    }

    /** The export as a JSON file for the person, logged as an export. */
    public void download() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        try {
            var export = subjects.export(found, me());
            var response = (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"helhed-data.json\"");
            try (var jsonb = JsonbBuilder.create()) {
                response.getOutputStream().write(jsonb.toJson(export).getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IOException(e);
            }
            faces.responseComplete();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
    }

    public String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(time.zone()));
    }

    public String status(String status) {
        return Texts.text(language.staff(), "page.data-subject.status." + status.toLowerCase(Locale.ROOT));
    }

    /** The roles in words. */
    public String roles(List<String> roles) {
        return inWords(roles, language.staff());
    }

    /** Roles as a staff page says them in its language. */
    static String inWords(List<String> roles, Language language) {
        return roles.stream().map(r -> Texts.text(language, "page.role." + r)).collect(Collectors.joining(", "));
    }

    public void correct() {
        try {
            report = subjects.correct(new DataSubjects.Correction(found, name, phone, email), me());
            found = report.who();
            PageMessages.told(language.staff(), "page.data-subject.corrected");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), Map.of("name", "correction:name", "phone",
                    "correction:phone", "email", "correction:email"));
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
            var erased = subjects.erase(found, me());
            PageMessages.told(language.staff(), "page.data-subject.erased", erased.appointments(), erased.signups(),
                    erased.messages(), erased.smsCodes(), erased.accounts(), erased.shiftsReleased());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        report = null;
        load(found);
    }

    public boolean isConfirmingErasure() {
        return confirmingErasure;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
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
