package dk.helhed.pavilion.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.pavilion.entity.Swap;
import dk.helhed.pavilion.entity.SwapStatus;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Partner staff's blocks page: take, give up (asked once more first), offer a block to a colleague (to hand over,
 * or in exchange for one of theirs), and answer colleagues' offers. In Danish or English, as every staff page: partner
 * staff are not all Danish speakers. View-scoped, so every button acts on the block it stands by.
 */
@Named
@ViewScoped
public class PartnerBlocksPage implements Serializable {
    @Inject
    transient PavilionStaff staff;
    @Inject
    transient TimeSource time;
    @Inject
    transient SecurityContext security;
    @Inject
    transient PageLanguage language;

    private List<Row> rows;
    private List<SwapRow> swaps;
    private Long confirming;

    /** One block; {@code targets} are what my block can be offered for (hand over to X, or swap for X's block). */
    public record Row(long shiftId, String when, String place, String takenBy, int missing, boolean mine,
                      boolean takeable, List<Target> targets) implements Serializable {
    }

    public record Target(String value, String label) implements Serializable {
    }

    public record SwapRow(long id, String text, boolean forMe) implements Serializable {
    }

    /** Refuses an account outside any partner organisation (the 403 page) before anything is shown. */
    public void load() {
        staff.signedIn(me());
    }

    public List<Row> getRows() {
        if (rows == null) {
            var lang = language.staff();
            rows = new ArrayList<>();
            String me = me();
            List<PavilionStaff.Block> blocks;
            try {
                blocks = staff.blocks(me);
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, lang);
                return rows;
            }
            var colleagues = staff.colleagues(me);
            for (var b : blocks) {
                List<Target> targets = new ArrayList<>();
                if (b.mine()) {
                    colleagues.forEach(c -> targets.add(new Target("person:" + c.id(),
                            Texts.text(lang, "page.partner.hand-over", c.name()))));
                    for (var other : blocks) {
                        if (other.mine()) {
                            continue;
                        }
                        other.holders().stream().filter(h -> colleagues.stream().anyMatch(c -> h.belongsTo(c)))
                                .forEach(h -> targets.add(new Target("block:" + other.shift().id() + ":"
                                        + h.person().id(), Texts.text(lang, "page.partner.exchange",
                                        when(other.shift().startsAt()), h.person().name()))));
                    }
                }
                rows.add(new Row(b.shift().id(), when(b.shift().startsAt()), b.shift().place().name(),
                        Texts.list(lang, b.holders().stream().map(h -> h.person().name()).toList()),
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
            swaps = staff.swaps(me()).stream().map(s -> new SwapRow(s.id(), describe(s, s.colleague().id() == me),
                    s.colleague().id() == me)).toList();
        }
        return swaps;
    }

    public void take(long shiftId) {
        act(() -> staff.take(me(), shiftId), "page.partner.taken");
    }

    /** The first press on "give up": the page asks whether they mean it. */
    public void askGiveUp(long shiftId) {
        confirming = shiftId;
    }

    public void keep() {
        confirming = null;
    }

    public void giveUp() {
        Long shiftId = confirming;
        confirming = null;
        if (shiftId != null) {
            act(() -> staff.giveUp(me(), shiftId), "page.partner.given-up");
        }
    }

    public boolean confirming(long shiftId) {
        return confirming != null && confirming == shiftId;
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
        var lang = language.staff();
        try {
            action.run();
            PageMessages.told(lang, done);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang);
        } catch (NumberFormatException e) {
            PageMessages.refused(Refusal.invalid("colleagueId", "field.swap.missing"), lang);
        }
        rows = null;
        swaps = null;
    }

    /**
     * The offer as its reader sees it: "Anna offers you her block …, in exchange for your block …" to the colleague,
     * "You offered Bo your block …" to the one who made it.
     */
    private String describe(Swap s, boolean forMe) {
        var lang = language.staff();
        String block = when(s.offered().shift().startsAt());
        if (forMe) {
            return Texts.text(lang, "page.partner.swap.to-you", s.proposer().name(), block) + (s.wanted() == null
                    ? "" : Texts.text(lang, "page.partner.swap.for-yours", when(s.wanted().shift().startsAt())))
                    + ".";
        }
        return Texts.text(lang, "page.partner.swap.by-you", s.colleague().name(), block) + (s.wanted() == null
                ? "" : Texts.text(lang, "page.partner.swap.for-theirs", when(s.wanted().shift().startsAt())))
                + ". " + Texts.text(lang, "page.partner.swap.waiting");
    }

    private String when(java.time.Instant at) {
        return Texts.when(language.staff(), at, time.zone());
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}
