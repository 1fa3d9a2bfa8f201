package dk.helhed.homework.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's school holidays ({@code /coordinator/school-holidays}): the list, remove one, add one.
 * View-scoped, so "remove" removes the holiday it stands by.
 */
@Named
@ViewScoped
public class SchoolHolidaysPage implements Serializable {
    @Inject
    transient PageLanguage language;
    private static final Map<String, String> FIELDS = Map.of("name", "holiday:name", "firstDay", "holiday:firstDay",
            "lastDay", "holiday:lastDay");

    @Inject
    transient SchoolHolidays holidays;

    private String name;
    private String firstDay;
    private String lastDay;
    private List<Row> rows;

    public record Row(long id, String name, String days) implements Serializable {
    }

    public List<Row> getHolidays() {
        if (rows == null) {
            rows = holidays.all().stream().map(h -> new Row(h.id(), h.name(), h.firstDay() + " – " + h.lastDay()))
                    .toList();
        }
        return rows;
    }

    public void add() {
        try {
            holidays.add(new SchoolHolidays.Draft(name, firstDay, lastDay));
            PageMessages.told(language.staff(), "page.coordinator.holidays.added", name.strip());
            name = null;
            firstDay = null;
            lastDay = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
        rows = null;
    }

    public void remove(long id) {
        try {
            holidays.remove(id);
            PageMessages.told(language.staff(), "page.coordinator.holidays.removed");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff());
        }
        rows = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(String firstDay) {
        this.firstDay = firstDay;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay;
    }
}
