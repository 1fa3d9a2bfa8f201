package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
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

/**
 * The page a resident's manage link opens. Opening it only shows the appointment (mail scanners follow links); the
 * cancellation is a POST from this page. An unknown or guessed token shows the same "not found" as any other.
 */
@Named
@ViewScoped
public class ManagePage implements Serializable {
    @Inject
    transient Booking booking;
    @Inject
    transient TimeSource time;

    private String token;
    private View appointment;

    public record View(String reference, String when, String place, boolean cancelled, Language language) {
    }

    public void load() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            appointment = view(booking.byToken(token));
        } catch (Refusal unknown) {
            appointment = null;
        }
    }

    public String cancel() {
        try {
            appointment = view(booking.cancel(token));
        } catch (Refusal refusal) {
            Language language = appointment == null ? Language.DA : appointment.language();
            String text = Texts.text(language, refusal.key());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return null;
    }

    private View view(Appointment a) {
        Language language = a.language();
        return new View(a.reference(), Texts.when(language, a.slot().window().start(), time.zone()), a.slot().place().name(), !a.status().holdsSlot(), language);
    }

    public String text(String key) {
        return Texts.text(appointment == null ? Language.DA : appointment.language(), key);
    }

    public String getLanguage() {
        return (appointment == null ? Language.DA : appointment.language()).tag();
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
