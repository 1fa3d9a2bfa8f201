package dk.helhed.messaging.entity;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One message to one person, written once for every channel they can be reached by: an SMS from the text
 * {@code <texts>sms}, an e-mail from {@code <texts>subject} and {@code <texts>email}, in their language. Each copy
 * has its own dedupe key, made by the caller from the channel.
 */
public record Letter(String topic, MessageKind kind, Language language, String texts, Object[] args, Instant due,
                     Instant expires) {

    /**
     * The SMS to {@code phone} and the e-mail to {@code email}, SMS first; a null or blank one leaves that channel
     * out, and {@code calendar} (null: none) goes with the e-mail.
     */
    public List<Outgoing> to(String phone, String email, Function<ChannelKind, String> dedupeKey, String calendar) {
        List<Outgoing> out = new ArrayList<>(2);
        if (phone != null && !phone.isBlank()) {
            out.add(sms(phone, dedupeKey.apply(ChannelKind.SMS)));
        }
        if (email != null && !email.isBlank()) {
            var mail = email(email, dedupeKey.apply(ChannelKind.EMAIL));
            out.add(calendar == null ? mail : mail.withCalendar(calendar));
        }
        return out;
    }

    public List<Outgoing> to(String phone, String email, Function<ChannelKind, String> dedupeKey) {
        return to(phone, email, dedupeKey, null);
    }

    /** As {@link #to}, the e-mail first: for staff and volunteers, who are reached by e-mail first. */
    public List<Outgoing> emailFirst(String email, String phone, Function<ChannelKind, String> dedupeKey) {
        var out = to(phone, email, dedupeKey, null);
        return out.size() == 2 ? List.of(out.get(1), out.get(0)) : out;
    }

    public Outgoing sms(String phone, String dedupeKey) {
        return new Outgoing(topic, kind, ChannelKind.SMS, phone, null, Texts.text(language, texts + "sms", args), due,
                expires, dedupeKey);
    }

    public Outgoing email(String address, String dedupeKey) {
        return new Outgoing(topic, kind, ChannelKind.EMAIL, address, Texts.text(language, texts + "subject", args),
                Texts.text(language, texts + "email", args), due, expires, dedupeKey);
    }
}
