package dk.helhed.verification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many SMS codes Helhed sends in an hour at most, to all numbers together ({@code
 * helhed.verification.codes-per-hour}, 200): a bot that books with ever new numbers ("SMS pumping") costs the plan
 * this much an hour at worst, not its whole Twilio balance. A plan with more online bookings raises it.
 */
@ApplicationScoped
public class CodeBudget {
    @Inject
    @ConfigProperty(name = "helhed.verification.codes-per-hour", defaultValue = "200")
    int perHour;

    public int perHour() {
        return perHour;
    }
}
