package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The page a resident's manage link opens. Opening it only shows the appointment (mail scanners follow links); the
 * cancellation is a POST from this page. An unknown or guessed token shows the same "not found" as any other. The
 * page speaks the appointment's language unless the resident picks another; picking one changes only the page.
 */
@Named
@ViewScoped
public class ManagePage implements Serializable {
    @Inject
    transient Booking booking;
    @Inject
    transient TimeSource time;
    @Inject
    transient PageLanguage language;

    private String token;
    private View appointment;

    public record View(String reference, String when, String place, boolean cancelled) {
    }

    public void load() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            Appointment found = booking.byToken(token);
            language.suggest(found.language());
            appointment = view(found);
        } catch (Refusal unknown) {
            appointment = null;
        }
    }

    public String cancel() {
        try {
            appointment = view(booking.cancel(token));
        } catch (Refusal refusal) {
            String text = Texts.text(language.get(), refusal.key());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return null;
    }

    private View view(Appointment a) {
        return new View(a.reference(), Texts.when(language.get(), a.slot().window().start(), time.zone()),
                a.slot().place().name(), !a.status().holdsSlot());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public View getAppointment() {
        return appointment;
    }
}
