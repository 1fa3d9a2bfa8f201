package dk.helhed.testsupport;

import dk.helhed.verification.control.CodeBudget;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The hourly budget of SMS codes in integration tests: the configured one unless a test sets another (the whole
 * suite sends thousands of codes within an hour, so the budget cannot be small for all of it). Only the test
 * deployment contains this class.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AdjustableCodeBudget extends CodeBudget {
    private volatile Integer set;

    @Override
    public int perHour() {
        return set == null ? super.perHour() : set;
    }

    public void set(Integer perHour) {
        set = perHour;
    }
}
