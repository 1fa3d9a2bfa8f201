package dk.helhed.events.boundary;

import dk.helhed.events.entity.Signup;
import dk.helhed.events.entity.SignupStatus;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * One event and its sign-up form ({@code /event?id=N}): name and phone → the SMS code → "you have a place" or
 * "you are number N on the waitlist". The page's language becomes the sign-up's, as on the REST sign-up.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {
    @Inject
    ClientAddress clientAddress;

    private static final Map<String, String> FORM_FIELDS = Map.of("name", "signup:name", "phone", "signup:phone",
            "email", "signup:email", "code", "verify:code");

    @Inject
    transient EventCatalogue catalogue;
    @Inject
    transient SignUps signUps;
    @Inject
    transient TimeSource time;
    @Inject
    transient PageLanguage language;

    private Long id;
    private String name;
    private String phone;
    private String email;
    private String code;
    private String token;
    private String outcome;
    // read once per step, not once per expression on the page
    private transient Shown shown;

    public record Shown(EventsPage.Text title, EventsPage.Text description, String place, String address,
                        String map, String when, String places, boolean open, boolean homework) {
    }

    /** The event in the page's language, or null for an unknown id. */
    public Shown getEvent() {
        if (shown == null && id != null) {
            shown = find(id);
        }
        return shown;
    }

    private Shown find(long id) {
        try {
            var e = catalogue.find(id).event();
            var lang = language.get();
            boolean open = e.signupOpen(time.now());
            return new Shown(EventsPage.Text.of(e.title(), lang), EventsPage.Text.of(e.description(), lang),
                    e.place().name(), e.place().streetAddress(), e.place().mapLink(),
                    EventsPage.when(e, lang, time.zone()), EventsPage.places(e, lang, open), open,
                    e.isHomeworkSeat());
        } catch (Refusal unknown) {
            return null;
        }
    }

    /** Takes a place or a turn in line and sends the code; the next step asks for it. */
    public String signUp() {
        shown = null;
        try {
            String from = clientAddress.current();
            token = signUps.hold(new SignUps.Request(id, name, phone, email, language.get(), from)).token().value();
        } catch (Refusal refusal) {
            show(refusal);
        }
        return null;
    }

    /** The code from the SMS: right, and the page says where the resident stands. */
    public String verify() {
        shown = null;
        try {
            outcome = outcome(signUps.verify(token, code));
        } catch (Refusal refusal) {
            show(refusal);
        }
        code = null;
        return null;
    }

    public String resend() {
        try {
            signUps.resendCode(token);
            PageMessages.told(language.get(), "page.book.code.resent");
        } catch (Refusal refusal) {
            show(refusal);
        }
        return null;
    }

    private String outcome(Signup signup) {
        var lang = language.get();
        return signup.status() == SignupStatus.CONFIRMED ? Texts.text(lang, "page.event-signup.status.confirmed")
                : Texts.text(lang, "page.event-signup.status.waitlisted", signUps.position(signup).orElse(0));
    }

    private void show(Refusal refusal) {
        PageMessages.refused(refusal, language.get(), FORM_FIELDS);
    }

    public boolean isAwaitingCode() {
        return token != null && outcome == null;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
