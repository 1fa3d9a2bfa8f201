package dk.helhed.signin.control;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.messaging.entity.ChannelKind;
import dk.helhed.messaging.entity.MessageKind;
import dk.helhed.messaging.entity.Outgoing;
import dk.helhed.people.entity.Account;
import dk.helhed.signin.entity.Invitation;
import dk.helhed.verification.entity.ManageToken;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The mails about an account, in its owner's language. Every text gets {0} the person's name, {1} the link and {2}
 * until when it works. The link carries the token; opening it changes nothing, the page's button does.
 */
public record AccountMessages(String publicBaseUrl, ZoneId zone) {

    public List<Outgoing> verifyEmail(Account account, ManageToken token, Instant now, Instant until) {
        return mail(account, MessageKind.VERIFICATION, "message.account.verify.", "/verify-email", token, now, until);
    }

    public List<Outgoing> passwordReset(Account account, ManageToken token, Instant now, Instant until) {
        return mail(account, MessageKind.PASSWORD_RESET, "message.account.reset.", "/reset-password", token, now,
                until);
    }

    /** Someone signed up with an e-mail that already has an account: its owner is told, and may reset. */
    public List<Outgoing> alreadyRegistered(Account account, ManageToken token, Instant now, Instant until) {
        return mail(account, MessageKind.PASSWORD_RESET, "message.account.exists.", "/reset-password", token, now,
                until);
    }

    /** Partner staff are invited in Danish, like the staff pages. */
    public List<Outgoing> invitation(Invitation invitation, ManageToken token, Instant now) {
        String topic = "invitation:" + invitation.id();
        Language lang = Language.fromTag(invitation.language()).orElse(Language.DA);
        String as = Texts.text(lang, "message.account.invitation.as." + invitation.role().name(),
                invitation.organisation() == null ? "" : invitation.organisation().name());
        Object[] args = {invitation.name(), publicBaseUrl + "/invitation?t=" + token.value() + "&lang=" + lang.tag(),
                Texts.when(lang, invitation.expiresAt(), zone), as};
        return List.of(new Outgoing(topic, MessageKind.INVITATION, ChannelKind.EMAIL, invitation.email(),
                Texts.text(lang, "message.account.invitation.subject", args),
                Texts.text(lang, "message.account.invitation.email", args), now, invitation.expiresAt(),
                topic + ":" + MessageKind.INVITATION + ":" + token.hash().substring(0, 16)));
    }

    private List<Outgoing> mail(Account account, MessageKind kind, String prefix, String page, ManageToken token,
                                Instant now, Instant until) {
        Language lang = Language.fromTag(account.language()).orElse(Language.DA);
        String topic = "account:" + account.id();
        Object[] args = {account.name(), publicBaseUrl + page + "?t=" + token.value() + "&lang=" + lang.tag(),
                Texts.when(lang, until, zone)};
        return List.of(new Outgoing(topic, kind, ChannelKind.EMAIL, account.email(),
                Texts.text(lang, prefix + "subject", args), Texts.text(lang, prefix + "email", args), now, until,
                topic + ":" + kind.name().toLowerCase(Locale.ROOT) + ":" + token.hash().substring(0, 16)));
    }
}
