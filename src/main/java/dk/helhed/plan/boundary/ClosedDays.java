package dk.helhed.plan.boundary;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Days on which the plan's offices are closed and no advice is given: Denmark's public holidays, from the jollyday
 * library (so moving feasts and changes in the law, such as Store Bededag's end in 2024, are not ours to keep), plus
 * the days the offices commonly close although they are no public holiday: Grundlovsdag, Christmas Eve and New
 * Year's Eve by default ({@code helhed.closed-days}, month-days as MM-dd); and the plan's own closed days, which its
 * coordinators keep ({@link PlanClosedDays}). The only class that knows jollyday; its
 * holiday rules are read once, when this bean is made.
 */
@ApplicationScoped
public class ClosedDays {
    public static final String DEFAULT_EXTRA_DAYS = "06-05,12-24,12-31";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private HolidayManager holidays;
    private Set<MonthDay> extraDays;

    protected ClosedDays() {
        // for the CDI proxy
    }

    @Inject
    public ClosedDays(@ConfigProperty(name = "helhed.closed-days", defaultValue = DEFAULT_EXTRA_DAYS)
                      String extraDays) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
        this.extraDays = parse(extraDays);
    }

    /** The plan's own closed days (none where this is made by hand, as in a unit test). */
    @Inject
    PlanClosedDays own;

    public boolean isClosed(LocalDate day) {
        return extraDays.contains(MonthDay.from(day)) || holidays.isHoliday(day)
                || own != null && own.days().contains(day);
    }

    /** "06-05,12-24" as month-days; an empty setting means no extra days. A typo stops the start, loudly. */
    static Set<MonthDay> parse(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ClosedDays::monthDay).collect(Collectors.toUnmodifiableSet());
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse(text, MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("helhed.closed-days: '" + text + "' is not a month-day such as 12-24",
                    e);
        }
    }
}
