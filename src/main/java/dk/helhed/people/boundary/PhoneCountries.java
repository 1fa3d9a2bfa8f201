package dk.helhed.people.boundary;

import dk.helhed.people.entity.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The countries whose phone numbers residents may give ({@code helhed.phone.allowed-country-codes}, Denmark's 45 by
 * default), read once: codes and reminders go by SMS, and an SMS abroad costs more and reaches fewer.
 */
@ApplicationScoped
public class PhoneCountries {
    @Inject
    @ConfigProperty(name = "helhed.phone.allowed-country-codes", defaultValue = "45")
    String codes;

    private Set<Integer> allowed;

    @PostConstruct
    void read() {
        allowed = Stream.of(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(PhoneNumber phone) {
        return allowed.contains(phone.countryCode());
    }
}
