package dk.helhed.events.boundary;

import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The page the links in sign-up messages open ({@code /event-signup?t=token}), in the resident's language. Opening
 * it only shows the sign-up (mail scanners follow links); accepting, declining and cancelling are POSTs from it.
 * An unknown or guessed token shows the same "not found" as any other.
 */
@Named
@ViewScoped
public class EventSignupPage implements Serializable {
    @Inject
    transient SignUps signUps;
    @Inject
    transient SignupChanges changes;
    @Inject
    transient TimeSource time;

    private String token;
    private View signup;

    public record View(String reference, String title, String when, String where, String status, boolean live,
                       boolean offered, Language language) implements Serializable {
    }

    public void load() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            signup = view(signUps.byToken(token));
        } catch (Refusal unknown) {
            signup = null;
        }
    }

    public String accept() {
        return act(() -> changes.accept(token));
    }

    public String decline() {
        return act(() -> changes.decline(token));
    }

    public String cancel() {
        return act(() -> changes.cancel(token));
    }

    private String act(Supplier<Signup> change) {
        try {
            signup = view(change.get());
        } catch (Refusal refusal) {
            String text = Texts.text(language(), refusal.key(), refusal.args());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            load();
        }
        return null;
    }

    private View view(Signup s) {
        Language lang = s.contact().language();
        var zone = time.zone();
        String status = switch (s.status()) {
            case HELD -> Texts.text(lang, "page.event-signup.status.held");
            case CONFIRMED -> Texts.text(lang, "page.event-signup.status.confirmed");
            case WAITLISTED -> Texts.text(lang, "page.event-signup.status.waitlisted",
                    signUps.position(s).orElse(0));
            case OFFERED -> Texts.text(lang, "page.event-signup.status.offered",
                    Texts.when(lang, s.offerUntil(), zone));
            default -> Texts.text(lang, "page.event-signup.status.ended");
        };
        var event = s.event();
        return new View(s.reference(), event.title().in(lang.tag()), Texts.when(lang, event.startsAt(), zone),
                event.place().name(), status, s.status().live(), s.status() == SignupStatus.OFFERED, lang);
    }

    private Language language() {
        return signup == null ? Language.DA : signup.language();
    }

    public String text(String key) {
        return Texts.text(language(), key);
    }

    public String getLanguage() {
        return language().tag();
    }

    public String getDirection() {
        return language().direction();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public View getSignup() {
        return signup;
    }
}
