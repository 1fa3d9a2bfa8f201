package dk.helhed.events.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The line for a full event, in arrival order. Arrival is the sign-up's id: ids are handed out while the event's
 * row is locked, and the database keeps times in whole seconds only, so a timestamp could not order two sign-ups in
 * the same second. Everyone in line counts for the positions; only those with a verified phone are offered a place
 * (an unverified one cannot be told), and those not verified in time drop out.
 */
public final class Waitlist {
    private final List<Signup> waiting;

    private Waitlist(List<Signup> waiting) {
        this.waiting = waiting;
    }

    /** The line among these sign-ups of one event: the WAITLISTED ones, by id. */
    public static Waitlist of(Collection<Signup> signups) {
        return new Waitlist(signups.stream().filter(s -> s.status() == SignupStatus.WAITLISTED)
                .sorted(Comparator.comparing(Signup::id)).toList());
    }

    /** Who is offered the next place that comes free. */
    public Optional<Signup> nextInLine() {
        return waiting.stream().filter(Signup::verified).findFirst();
    }

    /** 1 for the first in line. */
    public OptionalInt position(Signup signup) {
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i) == signup || waiting.get(i).id().equals(signup.id())) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    public List<Signup> inOrder() {
        return waiting;
    }

    public int length() {
        return waiting.size();
    }
}
