package dk.helhed.pavilion.boundary;

import dk.helhed.pavilion.entity.Swap;
import dk.helhed.shifts.entity.Shift;
import dk.helhed.shifts.entity.ShiftAssignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON shapes of the partner staff's pavilion API: colleagues' names, never their phone numbers or e-mail. */
public final class PartnerJson {
    private PartnerJson() {
    }

    @Schema(name = "PartnerBlockView")
    public record BlockView(long shiftId, String start, String end, String place, String organisation, int needed,
                            int taken, int missing, List<String> takenBy, boolean mine) {
        static BlockView of(PavilionStaff.Block b, ZoneId zone) {
            Shift s = b.shift();
            return new BlockView(s.id(), local(s.startsAt(), zone), local(s.endsAt(), zone), s.place().name(),
                    s.organisation().name(), s.needed(), s.taken(), s.missing(),
                    b.holders().stream().map(a -> a.person().name()).toList(), b.mine());
        }
    }

    public record Colleague(long id, String name) {
    }

    @Schema(name = "PartnerTaken")
    public record Taken(long assignmentId, long shiftId, String status) {
        static Taken of(ShiftAssignment a) {
            return new Taken(a.id(), a.shift().id(), a.status().name());
        }
    }

    /** {@code wantedShiftId}: the colleague's block to get in exchange; absent to hand mine over. */
    public record SwapRequest(Long shiftId, Long colleagueId, Long wantedShiftId) {
    }

    public record SwapView(long id, String status, long shiftId, String start, Long wantedShiftId, String wantedStart,
                           String proposer, String colleague, boolean forMe) {
        static SwapView of(Swap s, long me, ZoneId zone) {
            var wanted = s.wanted();
            return new SwapView(s.id(), s.status().name(), s.offered().shift().id(),
                    local(s.offered().shift().startsAt(), zone), wanted == null ? null : wanted.shift().id(),
                    wanted == null ? null : local(wanted.shift().startsAt(), zone), s.proposer().name(),
                    s.colleague().name(), s.colleague().id() == me);
        }
    }

    public record Answer(long id, String status) {
    }

    static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }
}
