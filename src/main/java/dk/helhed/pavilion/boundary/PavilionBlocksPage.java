package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Coordinators' list of pavilion blocks and a form for a new one. */
@Named
@RequestScoped
public class PavilionBlocksPage {
    @Inject
    PageLanguage language;

    @Inject
    PavilionBlocks blocks;

    private String place = "ellemarken-pavillonen";
    private String weekday = "TUESDAY";
    private String start;
    private String end;
    private String validFrom;
    private String validUntil;
    private String needs;

    public record Row(long id, String text) {
    }

    public List<Row> getRows() {
        var locale = language.staff().locale();
        return blocks.all().stream().map(b -> new Row(b.id(), b.place().name() + ": " + b.dayOfWeek()
                .getDisplayName(java.time.format.TextStyle.FULL, locale) + " " + b.startsAt() + "–"
                + b.endsAt() + " · " + b.needs().stream().map(n -> n.organisation().name() + " × " + n.people())
                .collect(Collectors.joining(", ")))).toList();
    }

    public void create() {
        try {
            List<PavilionBlocks.Need> list = new ArrayList<>();
            for (String part : (needs == null ? "" : needs).split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] kv = part.strip().split(":");
                list.add(new PavilionBlocks.Need(kv[0].strip(), kv.length > 1 ? parse(kv[1]) : 1));
            }
            var made = blocks.create(new PavilionBlocks.Draft(place, weekday, start, end, validFrom, validUntil,
                    list));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    Texts.text(language.staff(), "page.blocks.created", made.shifts())));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), Map.of("place", "block:place", "weekday",
                    "block:weekday", "start", "block:start", "end", "block:end", "validFrom", "block:from",
                    "validUntil", "block:until", "needs", "block:needs"));
        }
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("needs", "field.pavilion.people");
        }
    }

    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getWeekday() { return weekday; }
    public void setWeekday(String weekday) { this.weekday = weekday; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
}
