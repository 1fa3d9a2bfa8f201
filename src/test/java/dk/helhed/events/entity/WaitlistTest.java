package dk.helhed.events.entity;

import dk.helhed.verification.entity.ManageToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistTest {
    private static final Instant MONDAY = Instant.parse("2027-04-05T08:00:00Z");
    private final Event workshop = Workshops.workshopAt(LocalDateTime.of(2027, 4, 8, 18, 0), 1, Duration.ZERO, MONDAY);

    private Signup arrived(long id, boolean verified) {
        var signup = Workshops.arrived(Workshops.inLine(workshop,
                Workshops.resident("Nr " + id, "+452030" + (4000 + id)), MONDAY), id);
        if (verified) {
            signup.verify(MONDAY.plusSeconds(id));
        }
        return signup;
    }

    @Test
    @DisplayName("the line is in arrival (id) order, whatever order the rows came in; positions start at 1")
    void arrivalOrder() {
        var first = arrived(11, true);
        var second = arrived(12, true);
        var third = arrived(15, true);

        var line = Waitlist.of(List.of(third, first, second));

        assertThat(line.inOrder()).containsExactly(first, second, third);
        assertThat(line.position(first)).hasValue(1);
        assertThat(line.position(third)).hasValue(3);
        assertThat(line.length()).isEqualTo(3);
    }

    @Test
    @DisplayName("the next place goes to the first verified in line; the unverified ahead keep their position")
    void unverifiedArePassedOver() {
        var unverified = arrived(20, false);
        var verified = arrived(21, true);

        var line = Waitlist.of(List.of(verified, unverified));

        assertThat(line.nextInLine()).containsSame(verified);
        assertThat(line.position(verified)).hasValue(2);
        assertThat(Waitlist.of(List.of(unverified)).nextInLine()).isEmpty();
    }

    @Test
    @DisplayName("only WAITLISTED sign-ups are in line: an offered one has left it")
    void offeredHaveLeftTheLine() {
        var offered = arrived(30, true);
        var next = arrived(31, true);
        offered.offer(ManageToken.create(), MONDAY, MONDAY.plus(Duration.ofHours(12)));

        var line = Waitlist.of(List.of(offered, next));

        assertThat(line.inOrder()).containsExactly(next);
        assertThat(line.position(offered)).isEmpty();
        assertThat(line.position(next)).hasValue(1);
    }

    @Test
    @DisplayName("a place passes down the line: offered, lapsed, the next offered, declined, the next")
    void placePassesDownTheLine() {
        List<Signup> signups = new ArrayList<>(List.of(arrived(40, true), arrived(41, false), arrived(42, true),
                arrived(43, true)));
        Instant now = MONDAY.plus(Duration.ofHours(1));
        List<String> offeredTo = new ArrayList<>();

        for (int round = 0; round < 2; round++) {
            var next = Waitlist.of(signups).nextInLine().orElseThrow();
            next.offer(ManageToken.create(), now, now.plus(Duration.ofHours(12)));
            offeredTo.add(next.contact().name());
            now = now.plus(Duration.ofHours(12));
            if (round == 0) {
                next.lapse(now);
            } else {
                next.decline(now);
            }
        }

        assertThat(offeredTo).containsExactly("Nr 40", "Nr 42");
        assertThat(Waitlist.of(signups).nextInLine().map(s -> s.contact().name())).contains("Nr 43");
        assertThat(Waitlist.of(signups).inOrder()).extracting(s -> s.contact().name()).containsExactly("Nr 41", "Nr 43");
    }
}
