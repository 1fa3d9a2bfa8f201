package dk.helhed.rota.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's week grid: the seven days from a Monday, each with its blocks in time order, each block with one
 * cell per organisation (who is there, or a gap with the number missing).
 */
public record RotaWeek(LocalDate monday, List<Day> days) {

    public record Day(LocalDate date, List<Block> blocks) {
    }

    /** One opening at one place and time, and the organisations' cells in it. */
    public record Block(LocalTime start, LocalTime end, String place, List<RotaEntry> cells) {
        public boolean hasGap() {
            return cells.stream().anyMatch(RotaEntry::isGap);
        }
    }

    public static RotaWeek of(LocalDate monday, List<RotaEntry> entries) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            Map<String, List<RotaEntry>> blocks = new LinkedHashMap<>();
            entries.stream().filter(e -> e.day().equals(date))
                    .sorted(Comparator.comparing(RotaEntry::start).thenComparing(RotaEntry::end)
                            .thenComparing(RotaEntry::place).thenComparing(RotaEntry::who))
                    .forEach(e -> blocks.computeIfAbsent(e.start() + "|" + e.end() + "|" + e.place(),
                            k -> new ArrayList<>()).add(e));
            days.add(new Day(date, blocks.values().stream().map(cells -> new Block(cells.get(0).start(),
                    cells.get(0).end(), cells.get(0).place(), List.copyOf(cells))).toList()));
        }
        return new RotaWeek(monday, days);
    }

    public List<RotaEntry> entries() {
        return days.stream().flatMap(d -> d.blocks().stream()).flatMap(b -> b.cells().stream()).toList();
    }

    public int gaps() {
        return (int) entries().stream().filter(RotaEntry::isGap).count();
    }

    public int missing() {
        return entries().stream().mapToInt(RotaEntry::missing).sum();
    }
}
