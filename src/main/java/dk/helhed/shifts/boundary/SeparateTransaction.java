package dk.helhed.shifts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own. A refusal thrown through a transactional interceptor marks its
 * transaction rollback-only even when the caller catches it, so each shift of a series is taken here: one full shift
 * rolls back only itself.
 */
@ApplicationScoped
public class SeparateTransaction {
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
