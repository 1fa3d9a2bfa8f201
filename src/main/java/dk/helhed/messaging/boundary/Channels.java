package dk.helhed.messaging.boundary;

import dk.helhed.messaging.control.Channel;
import dk.helhed.messaging.control.DevInbox;
import dk.helhed.messaging.control.MailChannel;
import dk.helhed.messaging.control.SmsChannel;
import dk.helhed.messaging.control.Unconfigured;
import dk.helhed.messaging.entity.ChannelKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The channels as configured: real SMTP and Twilio where their settings are given, the development inbox where not.
 */
@ApplicationScoped
public class Channels {
    private static final Logger LOG = Logger.getLogger(Channels.class.getName());

    @Inject
    @ConfigProperty(name = "helhed.mail.host")
    Optional<String> mailHost;
    @Inject
    @ConfigProperty(name = "helhed.mail.port", defaultValue = "25")
    int mailPort;
    @Inject
    @ConfigProperty(name = "helhed.mail.user")
    Optional<String> mailUser;
    @Inject
    @ConfigProperty(name = "helhed.mail.password")
    Optional<String> mailPassword;
    @Inject
    @ConfigProperty(name = "helhed.mail.from", defaultValue = "Helhed <noreply@localhost>")
    String mailFrom;
    @Inject
    @ConfigProperty(name = "helhed.mail.starttls", defaultValue = "false")
    boolean mailStartTls;
    @Inject
    @ConfigProperty(name = "helhed.twilio.account-sid")
    Optional<String> twilioSid;
    @Inject
    @ConfigProperty(name = "helhed.twilio.auth-token")
    Optional<String> twilioToken;
    @Inject
    @ConfigProperty(name = "helhed.twilio.from")
    Optional<String> twilioFrom;
    @Inject
    @ConfigProperty(name = "helhed.twilio.api-base-url")
    Optional<URI> twilioBaseUrl;
    @Inject
    @ConfigProperty(name = "helhed.twilio.status-callback-url")
    Optional<URI> twilioStatusCallback;
    @Inject
    @ConfigProperty(name = "helhed.messaging.timeout-millis", defaultValue = "10000")
    int timeoutMillis;
    /**
     * Whether a channel without settings delivers to the development inbox (logged and listed at
     * {@code /api/v1/dev/messages}, codes and links included). Off unless asked for: scripts/run turns it on, the
     * Docker image never does, so a forgotten setting in production sends nothing rather than show it to anyone.
     */
    @Inject
    @ConfigProperty(name = "helhed.dev-inbox", defaultValue = "false")
    boolean devInbox;

    private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);

    @PostConstruct
    void configure() {
        channels.put(ChannelKind.EMAIL, mailHost.filter(h -> !h.isBlank())
                .<Channel>map(host -> new MailChannel(new MailChannel.Settings(host, mailPort, mailUser.orElse(null),
                        mailPassword.orElse(null), mailFrom, mailStartTls, timeoutMillis)))
                .orElseGet(() -> unconfigured(ChannelKind.EMAIL)));
        boolean twilio = twilioSid.isPresent() && twilioToken.isPresent() && twilioFrom.isPresent();
        channels.put(ChannelKind.SMS, twilio
                ? new SmsChannel(new SmsChannel.Settings(twilioSid.get(), twilioToken.get(), twilioFrom.get(),
                twilioBaseUrl, twilioStatusCallback, timeoutMillis))
                : unconfigured(ChannelKind.SMS));
        channels.values().stream().filter(Channel::development).forEach(c -> LOG.warning(() ->
                c.kind() + " is not configured: messages go to the development inbox (GET /api/v1/dev/messages)"));
        missing().forEach(kind -> LOG.warning(() -> kind + " is not configured and the development inbox is off: "
                + "its messages are not sent (see /health/ready)"));
    }

    private Channel unconfigured(ChannelKind kind) {
        return devInbox ? new DevInbox(kind) : new Unconfigured(kind);
    }

    public Channel of(ChannelKind kind) {
        return channels.get(kind);
    }

    /** The channels without settings whose messages are not sent (the development inbox being off). */
    public Set<ChannelKind> missing() {
        return channels.values().stream().filter(c -> c instanceof Unconfigured).map(Channel::kind)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The channels that deliver to the development inbox; empty in production. */
    public Set<ChannelKind> inDevelopment() {
        return channels.values().stream().filter(Channel::development).map(Channel::kind)
                .collect(Collectors.toUnmodifiableSet());
    }
}
