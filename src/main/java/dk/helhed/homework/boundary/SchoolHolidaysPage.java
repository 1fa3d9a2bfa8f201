package dk.helhed.homework.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The coordinator's school holidays ({@code /coordinator/school-holidays}): the list, remove one, add one. */
@Named
@RequestScoped
public class SchoolHolidaysPage {
    private static final Map<String, String> FIELDS = Map.of("name", "holiday:name", "firstDay", "holiday:firstDay",
            "lastDay", "holiday:lastDay");

    @Inject
    SchoolHolidays holidays;

    private String name;
    private String firstDay;
    private String lastDay;

    public record Row(long id, String name, String days) {
    }

    public List<Row> getHolidays() {
        return holidays.all().stream().map(h -> new Row(h.id(), h.name(), h.firstDay() + " – " + h.lastDay()))
                .toList();
    }

    public void add() {
        try {
            holidays.add(new SchoolHolidays.Draft(name, firstDay, lastDay));
            name = null;
            firstDay = null;
            lastDay = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, HomeworkSeriesPage.LANGUAGE, FIELDS);
        }
    }

    public void remove(long id) {
        try {
            holidays.remove(id);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, HomeworkSeriesPage.LANGUAGE);
        }
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
