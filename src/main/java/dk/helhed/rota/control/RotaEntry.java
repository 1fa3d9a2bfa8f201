package dk.helhed.rota.control;

import dk.helhed.shifts.entity.ShiftKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One cell of the rota: a shift (a pavilion block's need of one organisation, or a homework-help session), who holds
 * its places, and how many are missing. {@code who} is the organisation's name, or the subject for homework help.
 */
public record RotaEntry(long shiftId, ShiftKind kind, Instant startsAt, LocalDate day, LocalTime start,
                        LocalTime end, String place, String whoCode, String who, int needed, int taken,
                        List<Holder> people) {

    /** Someone holding a place, with how coordinators reach them. */
    public record Holder(String name, String phone, String email) {
    }

    public RotaEntry {
        people = List.copyOf(people);
    }

    public int missing() {
        return Math.max(0, needed - taken);
    }

    public boolean isGap() {
        return missing() > 0;
    }
}
