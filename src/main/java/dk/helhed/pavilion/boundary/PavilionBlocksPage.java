package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.people.boundary.People;
import dk.helhed.plan.boundary.Plan;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /coordinator/pavilion-blocks}: the pavilion's blocks, a form for a new one (place, weekday, times, validity,
 * and how many of each organisation's staff), and for each block a change from now on (its last day, who and how
 * many) or its removal, asked once more.
 */
@Named
@ViewScoped
public class PavilionBlocksPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("place", "block:place", "weekday", "block:weekday",
            "start", "block:start", "end", "block:end", "validFrom", "block:from", "validUntil", "block:until",
            "needs", "block:needs");
    private static final Map<String, String> CHANGE_FIELDS = Map.of("validUntil", "change:until",
            "needs", "change:needs");

    @Inject
    transient PageLanguage language;
    @Inject
    transient PavilionBlocks blocks;
    @Inject
    transient Plan plan;
    @Inject
    transient People people;

    private String place;
    private String weekday = "TUESDAY";
    private String start;
    private String end;
    private String validFrom;
    private String validUntil;
    private final Map<String, String> staff = new HashMap<>();
    private Long editing;
    private final Confirming<Long> confirm = new Confirming<>();
    private String until;
    private final Map<String, String> changeStaff = new HashMap<>();
    private transient List<Row> rows;
    private List<Choice> organisations;
    private List<Choice> changeOrganisations = List.of();

    public record Row(long id, String text, String until) {
    }

    public record Choice(String value, String label) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            var locale = language.staff().locale();
            rows = blocks.all().stream().map(b -> new Row(b.id(), b.place().name() + ": "
                    + b.dayOfWeek().getDisplayName(TextStyle.FULL, locale) + " " + b.startsAt() + "–" + b.endsAt()
                    + " · " + b.needs().stream().map(n -> n.organisation().name() + " × " + n.people())
                    .collect(Collectors.joining(", ")), b.validUntil() == null ? "" : b.validUntil().toString()))
                    .toList();
        }
        return rows;
    }

    public List<Choice> getPlaces() {
        return plan.places().stream().map(p -> new Choice(p.code(), p.name())).toList();
    }

    public List<Choice> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> new Choice(d.name(),
                d.getDisplayName(TextStyle.FULL, language.staff().locale()))).toList();
    }

    /** The organisations a new block may need, read once for the view (so a row's number stays its own). */
    public List<Choice> getOrganisations() {
        if (organisations == null) {
            organisations = people.organisations().stream().map(o -> new Choice(o.code(), o.name())).toList();
        }
        return organisations;
    }

    /** The organisations the block being changed may need: those of today, and any retired one it needs still. */
    public List<Choice> getChangeOrganisations() {
        return changeOrganisations;
    }

    public void create() {
        try {
            var made = blocks.create(new PavilionBlocks.Draft(place == null ? firstPlace() : place, weekday, start,
                    end, validFrom, validUntil, needs(getOrganisations(), staff)));
            PageMessages.told(language.staff(), "page.blocks.created", made.shifts());
            start = null;
            end = null;
            validFrom = null;
            validUntil = null;
            staff.clear();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
        rows = null;
    }

    private String firstPlace() {
        return getPlaces().stream().findFirst().map(Choice::value).orElse(null);
    }

    /** The organisations given a number of people above 0, in the order of the list. */
    private static List<PavilionBlocks.Need> needs(List<Choice> organisations, Map<String, String> numbers) {
        List<PavilionBlocks.Need> out = new ArrayList<>();
        for (var org : organisations) {
            String n = numbers.get(org.value());
            if (n == null || n.isBlank()) {
                continue;
            }
            int people;
            try {
                people = Integer.parseInt(n.strip());
            } catch (NumberFormatException e) {
                throw Refusal.invalid("needs", "field.pavilion.people");
            }
            if (people < 0) {
                throw Refusal.invalid("needs", "field.pavilion.people");
            }
            if (people > 0) {
                out.add(new PavilionBlocks.Need(org.value(), people));
            }
        }
        return out;
    }

    public void edit(long id) {
        blocks.all().stream().filter(b -> b.id() == id).findFirst().ifPresent(b -> {
            editing = id;
            until = b.validUntil() == null ? null : b.validUntil().toString();
            changeStaff.clear();
            b.needs().forEach(n -> changeStaff.put(n.organisation().code(), Integer.toString(n.people())));
            List<Choice> choices = new ArrayList<>(getOrganisations());
            b.needs().stream().filter(n -> choices.stream().noneMatch(c -> c.value().equals(n.organisation().code())))
                    .forEach(n -> choices.add(new Choice(n.organisation().code(), n.organisation().name())));
            changeOrganisations = List.copyOf(choices);
        });
        confirm.keep();
    }

    public void change() {
        if (editing == null) {
            return;
        }
        try {
            var changed = blocks.change(editing, new PavilionBlocks.Change(until, needs(changeOrganisations,
                    changeStaff)));
            PageMessages.told(language.staff(), "page.blocks.changed", changed.withdrawn(), changed.made());
            stopEditing();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), CHANGE_FIELDS);
        }
        rows = null;
    }

    private void stopEditing() {
        editing = null;
        until = null;
        changeStaff.clear();
        changeOrganisations = List.of();
    }

    public Confirming<Long> getConfirm() {
        return confirm;
    }

    public void remove() {
        confirm.answer().ifPresent(id -> {
            try {
                blocks.remove(id);
                PageMessages.told(language.staff(), "page.blocks.removed");
                if (id.equals(editing)) {
                    stopEditing();
                }
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, language.staff());
            }
        });
        rows = null;
    }

    /** The block being changed, as its row says it. */
    public String getEditingText() {
        return getRows().stream().filter(r -> editing != null && r.id() == editing).map(Row::text).findFirst()
                .orElse("");
    }

    public Long getEditing() { return editing; }
    public String getUntil() { return until; }
    public void setUntil(String until) { this.until = until; }
    public Map<String, String> getChangeStaff() { return changeStaff; }
    public Map<String, String> getStaff() { return staff; }
    public String getPlace() { return place == null ? firstPlace() : place; }
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

}
