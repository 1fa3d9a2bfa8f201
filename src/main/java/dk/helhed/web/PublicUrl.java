package dk.helhed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where people reach Helhed ({@code helhed.public-base-url}): every link in a message or a calendar starts here. */
@ApplicationScoped
public class PublicUrl {
    @Inject
    @ConfigProperty(name = "helhed.public-base-url", defaultValue = "http://localhost:8080")
    String base;

    /** The address without a trailing slash, e.g. {@code https://helhed.koege.dk}. */
    public String base() {
        return base;
    }
}
