package dk.helhed.pavilion.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.Letter;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Person;
import dk.helhed.shifts.entity.Shift;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What partner staff are told about swaps, by e-mail and (when they agreed to it) SMS, in Danish: staff have no other
 * language on file. Each text gets {0} the other person's name, {1} the block it is about (offered, or now
 * theirs), {2} the block it is exchanged for (message.swap.in-exchange, or "" for a hand-over), {3} the link to the
 * blocks page.
 */
public record SwapMessages(ZoneId zone, String publicBaseUrl) {
    private static final Language LANG = Language.DA;

    public List<Outgoing> write(String event, long swapId, String topic, Person to, Person other, Shift block,
                                Shift inExchangeFor, Instant now) {
        Object[] args = {other.name(), describe(block),
                inExchangeFor == null ? "" : Texts.text(LANG, "message.swap.in-exchange", describe(inExchangeFor)),
                publicBaseUrl + "/partner/blocks"};
        String prefix = "message.swap." + event + ".";
        String key = "swap:" + swapId + ":" + event + ":" + to.id() + ":";
        Instant expires = block.startsAt();
        return new Letter(topic, MessageKind.CHANGE, LANG, prefix, args, now, expires).emailFirst(
                to.email(), to.acceptsSms() ? to.phone() : null, channel -> key + channel);
    }

    private String describe(Shift shift) {
        return Texts.when(LANG, shift.startsAt(), zone) + " (" + shift.place().name() + ")";
    }
}
