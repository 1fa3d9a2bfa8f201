package dk.helhed.home.boundary;

import dk.helhed.appointments.boundary.AdviserHours;
import dk.helhed.events.boundary.EventCatalogue;
import dk.helhed.homework.boundary.HomeworkTimetable;
import dk.helhed.pavilion.boundary.PavilionBlocks;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.time.TimeSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the front page offers: booking advice when an adviser has weekly hours, workshops when one is coming,
 * homework help when a session is coming, the pavilion when it has opening blocks; and the plan's name. A plan
 * being set up shows none of them and says so, rather than links to empty pages.
 */
@Named
@RequestScoped
public class HomePage {
    static final int EVENTS_AHEAD_DAYS = 180;

    @Inject
    AdviserHours hours;
    @Inject
    EventCatalogue events;
    @Inject
    HomeworkTimetable homework;
    @Inject
    PavilionBlocks pavilion;
    @Inject
    Plan plan;
    @Inject
    TimeSource time;

    private Boolean book;
    private Boolean workshops;
    private Boolean homeworkHelp;
    private Boolean blocks;

    public boolean isBook() {
        if (book == null) {
            book = hours.offersHours();
        }
        return book;
    }

    public boolean isEvents() {
        if (workshops == null) {
            workshops = !events.upcoming(today(), today().plusDays(EVENTS_AHEAD_DAYS), Optional.empty()).isEmpty();
        }
        return workshops;
    }

    public boolean isHomework() {
        if (homeworkHelp == null) {
            homeworkHelp = !homework.upcoming(today(), today().plusDays(HomeworkTimetable.DAYS_AHEAD),
                    Optional.empty()).isEmpty();
        }
        return homeworkHelp;
    }

    public boolean isPavilion() {
        if (blocks == null) {
            blocks = !pavilion.all().isEmpty();
        }
        return blocks;
    }

    /** Whether there is anything to offer yet. */
    public boolean isAny() {
        return isBook() || isEvents() || isHomework() || isPavilion();
    }

    /** The plan's name, as its secretariat gave it; none before the set-up. */
    public String getPlanName() {
        return plan.words().map(Plan.Words::name).orElse(null);
    }

    private LocalDate today() {
        return time.now().atZone(time.zone()).toLocalDate();
    }
}
