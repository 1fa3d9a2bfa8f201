package dk.helhed.privacy.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.privacy.control.RetentionPolicy;
import dk.helhed.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * What the privacy notice (GDPR Art. 13, {@code /privacy}) says about who is responsible: the data controller and
 * how to reach them, as the plan's set-up gave them (or else {@code helhed.privacy.controller} and
 * {@code helhed.privacy.contact}), and the data-protection
 * officer if there is one ({@code helhed.privacy.dpo}); how long data is kept comes from the retention settings. A
 * plan that has not given its controller gets a warning at start, and the notice says to ask the staff.
 */
@Named
@ApplicationScoped
public class PrivacyNotice {
    private static final Logger LOG = Logger.getLogger(PrivacyNotice.class.getName());

    @Inject
    @ConfigProperty(name = "helhed.privacy.controller", defaultValue = " ")
    String controller;

    @Inject
    @ConfigProperty(name = "helhed.privacy.contact", defaultValue = " ")
    String contact;

    @Inject
    @ConfigProperty(name = "helhed.privacy.dpo", defaultValue = " ")
    String dpo;

    @Inject
    RetentionPolicy retention;

    @Inject
    PageLanguage language;

    @Inject
    Plan plan;

    @PostConstruct
    void warnWhenUnnamed() {
        if (!isNamed()) {
            LOG.warning("The privacy notice names no data controller: set HELHED_PRIVACY_CONTROLLER and"
                    + " HELHED_PRIVACY_CONTACT");
        }
    }

    public boolean isNamed() {
        return !getController().isBlank() && !getContact().isBlank();
    }

    public String getController() {
        return planOr(Plan.Words::controller, controller);
    }

    public String getContact() {
        return planOr(Plan.Words::contact, contact);
    }

    /** The plan's own word when its set-up gave one, else the setting. */
    private String planOr(Function<Plan.Words, String> word, String setting) {
        Optional<String> own = plan.words().map(word).filter(w -> !w.isBlank());
        return own.orElse(setting).strip();
    }

    public String getDpo() {
        return dpo.strip();
    }

    /** How long each kind of data is kept, in the page's language, with the days this plan has set. */
    public List<String> getRetention() {
        Language lang = language.get();
        return List.of(
                Texts.text(lang, "page.privacy.how-long.appointments", retention.appointments().toDays()),
                Texts.text(lang, "page.privacy.how-long.events", retention.events().toDays(),
                        retention.homework().toDays()),
                Texts.text(lang, "page.privacy.how-long.messages", retention.messages().toDays()),
                Texts.text(lang, "page.privacy.how-long.accounts"));
    }
}
