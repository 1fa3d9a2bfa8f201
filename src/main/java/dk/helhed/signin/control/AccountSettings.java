package dk.helhed.signin.control;

import dk.helhed.time.TimeSource;
import dk.helhed.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How long account links live and how often people may ask for them; links point at the public address. */
@ApplicationScoped
public class AccountSettings {
    @Inject
    TimeSource time;

    @Inject
    @ConfigProperty(name = "helhed.accounts.verification-hours", defaultValue = "48")
    long verificationHours;

    @Inject
    @ConfigProperty(name = "helhed.accounts.reset-minutes", defaultValue = "60")
    long resetMinutes;

    @Inject
    @ConfigProperty(name = "helhed.accounts.invitation-days", defaultValue = "14")
    long invitationDays;

    @Inject
    @ConfigProperty(name = "helhed.accounts.signups-per-ip-per-hour", defaultValue = "10")
    int signupsPerIpPerHour;

    @Inject
    @ConfigProperty(name = "helhed.accounts.mails-per-address-per-hour", defaultValue = "3")
    int mailsPerAddressPerHour;

    @Inject
    PublicUrl publicUrl;

    public Duration verificationLifetime() {
        return Duration.ofHours(verificationHours);
    }

    public Duration resetLifetime() {
        return Duration.ofMinutes(resetMinutes);
    }

    public Duration invitationLifetime() {
        return Duration.ofDays(invitationDays);
    }

    public int signupsPerIpPerHour() {
        return signupsPerIpPerHour;
    }

    /** Verification and reset mails to one address an hour, and (ten times as many) asked for from one IP. */
    public int mailsPerAddressPerHour() {
        return mailsPerAddressPerHour;
    }

    public AccountMessages messages() {
        return new AccountMessages(publicUrl.base(), time.zone());
    }
}
