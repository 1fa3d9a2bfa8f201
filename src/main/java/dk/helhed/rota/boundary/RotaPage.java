package dk.helhed.rota.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.rota.control.RotaEntry;
import dk.helhed.rota.control.RotaWeek;
import dk.helhed.rota.control.Weeks;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The coordinator's week: one table row per block and organisation, gaps marked; a print view without navigation. */
@Named
@RequestScoped
public class RotaPage {
    private static final Language LANG = Language.DA;

    @Inject
    Rota rota;
    @Inject
    HelpCalls helpCalls;

    private String week;
    private boolean print;
    private RotaWeek loaded;
    private List<Row> rows;

    /** One cell of the grid as the page shows it; {@code dayLabel} only on a day's first row. */
    public record Row(long shiftId, String day, String time, String who, String people, boolean gap, String status) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = week().entries().stream().map(RotaPage::row).toList();
        }
        return rows;
    }

    static Row row(RotaEntry e) {
        var hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String day = DateTimeFormatter.ofPattern(Texts.text(LANG, "format.day"), LANG.locale()).format(e.day());
        String people = e.people().stream().map(h -> h.name() + (h.phone() == null ? "" : ", " + h.phone())
                + (h.email() == null ? "" : ", " + h.email())).collect(Collectors.joining("; "));
        return new Row(e.shiftId(), day, e.start().format(hhmm) + "–" + e.end().format(hhmm), e.who(), people,
                e.isGap(), e.isGap() ? Texts.text(LANG, "page.rota.gap", e.missing())
                : Texts.text(LANG, "page.rota.full"));
    }

    public void callForHelp(long shiftId) {
        try {
            int asked = helpCalls.call(shiftId);
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    Texts.text(LANG, "page.rota.called", asked)));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG);
        }
        rows = null;
        loaded = null;
    }

    public String getTitle() {
        return Weeks.name(week().monday());
    }

    public String getPrevious() {
        return Weeks.name(week().monday().minusWeeks(1));
    }

    public String getNext() {
        return Weeks.name(week().monday().plusWeeks(1));
    }

    public int getGaps() {
        return week().gaps();
    }

    private RotaWeek week() {
        if (loaded == null) {
            try {
                loaded = rota.week(week);
            } catch (Refusal refusal) {
                loaded = rota.week(null);
            }
        }
        return loaded;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public boolean isPrint() {
        return print;
    }

    public void setPrint(boolean print) {
        this.print = print;
    }
}
