package dk.helhed.rota.boundary;

import dk.helhed.audit.boundary.AccessLog;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.rota.control.RotaEntry;
import dk.helhed.rota.control.RotaWeek;
import dk.helhed.rota.control.Weeks;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The coordinator's week as a grid: the days across, the blocks down, the organisations in each cell with who is
 * there, gaps marked with a call for help; a print view without navigation.
 * View-scoped, so a call for help on any week acts on the row pressed and the page stays on that week.
 */
@Named
@ViewScoped
public class RotaPage implements Serializable {
    @Inject
    AccessLog log;
    @Inject
    transient PageLanguage language;

    @Inject
    transient Rota rota;
    @Inject
    transient HelpCalls helpCalls;

    private String week;
    private boolean print;
    private transient RotaWeek loaded;
    private Grid grid;

    /** One cell of the grid as the page shows it. */
    public record Row(long shiftId, String day, String time, String place, String who, String people, boolean gap,
                      String status) implements Serializable {
    }

    /** The week as a grid: the days across, the blocks (time and place) down, the organisations in each cell. */
    public record Grid(List<String> days, List<Line> lines) implements Serializable {
    }

    /** One block (a time at a place) across the week: per day, its organisations' cells (none when closed). */
    public record Line(String time, String place, List<List<Row>> days) implements Serializable {
    }

    public Grid getGrid() {
        if (grid == null) {
            var shown = week();
            log.viewed("VIEW_ROTA", "rota:" + Weeks.name(shown.monday()));
            var lang = language.staff();
            var hhmm = DateTimeFormatter.ofPattern("HH:mm");
            Map<String, RotaWeek.Block> blocks = new TreeMap<>();
            shown.days().forEach(d -> d.blocks().forEach(b -> blocks.putIfAbsent(key(b), b)));
            List<Line> lines = new ArrayList<>();
            for (var entry : blocks.entrySet()) {
                var block = entry.getValue();
                List<List<Row>> days = shown.days().stream().map(d -> d.blocks().stream()
                        .filter(b -> key(b).equals(entry.getKey())).flatMap(b -> b.cells().stream())
                        .map(e -> row(e, lang)).toList()).toList();
                lines.add(new Line(block.start().format(hhmm) + "–" + block.end().format(hhmm), block.place(), days));
            }
            grid = new Grid(shown.days().stream().map(d -> Texts.day(lang, d.date())).toList(), lines);
        }
        return grid;
    }

    private static String key(RotaWeek.Block b) {
        return b.start() + "|" + b.end() + "|" + b.place();
    }

    static Row row(RotaEntry e, Language lang) {
        var hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String day = Texts.day(lang, e.day());
        // name and phone, to call them from the rota; their e-mail is on the shift's page and in the CSV
        String people = e.people().stream().map(h -> h.name() + (h.phone() == null ? "" : ", " + h.phone()))
                .collect(Collectors.joining("; "));
        return new Row(e.shiftId(), day, e.start().format(hhmm) + "–" + e.end().format(hhmm), e.place(), e.who(),
                people, e.isGap(), e.isGap() ? Texts.text(lang, "page.rota.gap", e.missing())
                : Texts.text(lang, "page.rota.full"));
    }

    /** Asks everyone who could fill the gap; the page says how many were asked, or why nobody was. */
    public void callForHelp(long shiftId) {
        call(helpCalls, shiftId, language.staff());
        grid = null;
        loaded = null;
    }

    static void call(HelpCalls helpCalls, long shiftId, Language lang) {
        try {
            int asked = helpCalls.call(shiftId);
            PageMessages.told(lang, asked == 0 ? "page.rota.called-nobody" : asked == 1 ? "page.rota.called-one"
                    : "page.rota.called", asked);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        }
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
