package dk.helhed.events.boundary;

import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The page the links in sign-up messages open ({@code /event-signup?t=token}), in the language the resident signed up
 * in unless they pick another (the picker keeps the link). Opening it only shows the sign-up (mail scanners follow
 * links); accepting, declining and cancelling are POSTs from it, and cancelling asks once more first. An unknown or
 * guessed token shows the same "not found" as any other, in the page's language.
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
    @Inject
    transient PageLanguage language;

    private String token;
    private View signup;
    private boolean confirming;

    public record View(String reference, String title, String when, String where, String address, String map,
                       String status, boolean live, boolean offered, boolean homework)
            implements Serializable {
    }

    public void load() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            var found = signUps.byToken(token);
            language.suggest(found.contact().language());
            signup = view(found);
        } catch (Refusal unknown) {
            signup = null;
        }
    }

    public String accept() {
        return act(() -> changes.accept(token), "page.event-signup.accepted");
    }

    public String decline() {
        return act(() -> changes.decline(token), "page.event-signup.declined");
    }

    /** The first press on "cancel": the page asks whether they mean it. */
    public String askCancel() {
        confirming = true;
        return null;
    }

    public String keep() {
        confirming = false;
        return null;
    }

    public String cancel() {
        confirming = false;
        return act(() -> changes.cancel(token), "page.event-signup.cancelled");
    }

    public boolean isConfirming() {
        return confirming;
    }

    private String act(Supplier<Signup> change, String done) {
        try {
            signup = view(change.get());
            PageMessages.told(language.get(), done);
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get());
            load();
        }
        return null;
    }

    private View view(Signup s) {
        var lang = language.get();
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
        return new View(s.reference(), EventsPage.Text.of(event.title(), lang).text(),
                Texts.span(lang, event.startsAt(), event.endsAt(), zone), event.place().name(),
                event.place().streetAddress(), event.place().mapLink(), status, s.status().live(),
                s.status() == SignupStatus.OFFERED, event.isHomeworkSeat());
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
