package dk.helhed.pavilion.control;

import dk.helhed.pavilion.entity.PavilionBlock;
import dk.helhed.plan.boundary.ClosedDays;
import dk.helhed.shifts.boundary.Shifts;
import dk.helhed.shifts.entity.ShiftKind;
import dk.helhed.time.TimeSource;
import dk.helhed.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the next weeks ({@code helhed.pavilion.horizon-weeks}, 8 by default) filled with the shifts of every block:
 * one per occurrence and organisation, made idempotently by the shift's natural key. Shifts already made are left
 * alone (a closed day entered later, or a block ended, does not take people off shifts they hold: the coordinator
 * cancels those).
 */
@ApplicationScoped
@Transactional
public class ShiftGeneration {
    private static final Logger LOG = Logger.getLogger(ShiftGeneration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Shifts shifts;
    @Inject
    TimeSource time;
    @Inject
    ClosedDays closedDays;
    @Inject
    @ConfigProperty(name = "helhed.pavilion.horizon-weeks", defaultValue = "8")
    int horizonWeeks;

    public int extend() {
        LocalDate today = time.now().atZone(time.zone()).toLocalDate();
        LocalDate last = today.plusWeeks(horizonWeeks);
        int made = 0;
        for (var block : em.createNamedQuery(PavilionBlock.ACTIVE, PavilionBlock.class)
                .setParameter("first", today).setParameter("last", last).getResultList()) {
            made += generate(block);
        }
        int total = made;
        LOG.info(() -> "Pavilion shift generation: " + total + " new shifts up to " + last);
        return made;
    }

    /** The shifts of one block up to the horizon; answers how many were made. */
    public int generate(PavilionBlock block) {
        Instant now = time.now();
        LocalDate today = now.atZone(time.zone()).toLocalDate();
        var wanted = BlockCalendar.occurrences(block, today, today.plusWeeks(horizonWeeks), time.zone(),
                closedDays::isClosed).stream().filter(w -> w.start().isAfter(now)).toList();
        if (wanted.isEmpty()) {
            return 0;
        }
        List<Shifts.Wanted> shifts = new ArrayList<>();
        for (TimeWindow w : wanted) {
            for (var need : block.needs()) {
                shifts.add(new Shifts.Wanted(ShiftKind.PAVILION, block.place(), block.seriesKey(), need.organisation(),
                        null, w.start(), w.end(), need.people()));
            }
        }
        int made = this.shifts.openAll(shifts);
        em.flush();
        return made;
    }
}
