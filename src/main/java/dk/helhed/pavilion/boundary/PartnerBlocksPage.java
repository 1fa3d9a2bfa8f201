package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.pavilion.entity.Swap;
import dk.helhed.pavilion.entity.SwapStatus;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Partner staff's blocks page: take, give up, offer a block to a colleague (to hand over, or in exchange for one of
 * theirs), and answer colleagues' offers. In Danish, like the other staff pages.
 */
@Named
@RequestScoped
public class PartnerBlocksPage {
    private static final Language LANG = Language.DA;

    @Inject
    PavilionStaff staff;
    @Inject
    TimeSource time;
    @Inject
    SecurityContext security;

    private List<Row> rows;
    private List<SwapRow> swaps;

    /** One block; {@code targets} are what my block can be offered for (hand over to X, or swap for X's block). */
    public record Row(long shiftId, String when, String place, String takenBy, int missing, boolean mine,
                      boolean takeable, List<Target> targets) {
    }

    public record Target(String value, String label) {
    }

    public record SwapRow(long id, String text, boolean forMe) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            String me = me();
            List<PavilionStaff.Block> blocks;
            try {
                blocks = staff.blocks(me);
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, LANG);
                return rows;
            }
            var colleagues = staff.colleagues(me);
            for (var b : blocks) {
                List<Target> targets = new ArrayList<>();
                if (b.mine()) {
                    colleagues.forEach(c -> targets.add(new Target("person:" + c.id(),
                            Texts.text(LANG, "page.partner.hand-over") + " " + c.name())));
                    for (var other : blocks) {
                        if (other.mine()) {
                            continue;
                        }
                        other.holders().stream().filter(h -> colleagues.stream().anyMatch(c -> h.belongsTo(c)))
                                .forEach(h -> targets.add(new Target("block:" + other.shift().id() + ":"
                                        + h.person().id(), Texts.text(LANG, "page.partner.exchange") + " "
                                        + when(other.shift().startsAt()) + " (" + h.person().name() + ")")));
                    }
                }
                rows.add(new Row(b.shift().id(), when(b.shift().startsAt()), b.shift().place().name(),
                        String.join(", ", b.holders().stream().map(h -> h.person().name()).toList()),
                        b.shift().missing(), b.mine(), !b.mine() && b.shift().missing() > 0, targets));
            }
        }
        return rows;
    }

    public List<SwapRow> getSwaps() {
        if (swaps == null) {
            long me;
            try {
                me = staff.signedIn(me()).id();
            } catch (Refusal refusal) {
                swaps = List.of();
                return swaps;
            }
            swaps = staff.swaps(me()).stream().map(s -> new SwapRow(s.id(), describe(s), s.colleague().id() == me))
                    .toList();
        }
        return swaps;
    }

    public void take(long shiftId) {
        act(() -> staff.take(me(), shiftId), "page.partner.taken");
    }

    public void giveUp(long shiftId) {
        act(() -> staff.giveUp(me(), shiftId), "page.partner.given-up");
    }

    /** Reads the chosen target from the row's own select ("person:ID" or "block:SHIFT:PERSON"). */
    public void propose(long shiftId) {
        String target = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("target-" + shiftId);
        act(() -> {
            String[] parts = target == null ? new String[0] : target.split(":");
            if (parts.length == 2 && parts[0].equals("person")) {
                staff.propose(me(), shiftId, Long.parseLong(parts[1]), null);
            } else if (parts.length == 3 && parts[0].equals("block")) {
                staff.propose(me(), shiftId, Long.parseLong(parts[2]), Long.parseLong(parts[1]));
            } else {
                throw Refusal.invalid("colleagueId", "field.swap.missing");
            }
        }, "page.partner.proposed");
    }

    public void accept(long swapId) {
        act(() -> {
            if (staff.accept(me(), swapId) == SwapStatus.STALE) {
                throw Refusal.conflict("swap.stale");
            }
        }, "page.partner.accepted");
    }

    public void decline(long swapId) {
        act(() -> staff.decline(me(), swapId), "page.partner.declined");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            PageMessages.told(LANG, done);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG);
        } catch (NumberFormatException e) {
            PageMessages.refused(Refusal.invalid("colleagueId", "field.swap.missing"), LANG);
        }
        rows = null;
        swaps = null;
    }

    private String describe(Swap s) {
        String text = s.proposer().name() + ": " + when(s.offered().shift().startsAt());
        return s.wanted() == null ? text : text + " ⇄ " + when(s.wanted().shift().startsAt()) + " ("
                + s.colleague().name() + ")";
    }

    private String when(java.time.Instant at) {
        return Texts.when(LANG, at, time.zone());
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}
