package dk.helhed.audit.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /admin/access-log}: admins search who looked at or changed what, and the security events, by who, what,
 * about what and days. A plain GET form: searching changes nothing but the log itself (the search is logged).
 */
@Named
@RequestScoped
public class AccessLogPage {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    AccessLog log;

    @Inject
    TimeSource time;

    @Inject
    HttpServletRequest request;

    private String actor;
    private String action;
    private String subject;
    private String from;
    private String to;
    private List<Row> rows;

    /** One entry as shown, in Copenhagen time. */
    public record Row(String at, String actor, String action, String subject, String address) {
    }

    /** The search, once per request (the page's view action, in a transaction: the search is logged). */
    @Transactional
    public void search() {
        getRows();
    }

    @Transactional
    public List<Row> getRows() {
        if (rows == null) {
            try {
                var days = AccessLogSearch.days(from, to, LocalDate.ofInstant(time.now(), time.zone()), "from", "to");
                log.record(request.getUserPrincipal().getName(), "VIEW_ACCESS_LOG", "access-log");
                rows = log.search(new AccessLog.Search(actor, action, subject, days.from(time.zone()),
                        days.until(time.zone()))).stream().map(e -> new Row(
                        SHOWN.format(e.at().atZone(time.zone())), e.actor(), e.action(), e.subject(),
                        e.address() == null ? "" : e.address())).toList();
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, Language.DA);
                rows = List.of();
            }
        }
        return rows;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
