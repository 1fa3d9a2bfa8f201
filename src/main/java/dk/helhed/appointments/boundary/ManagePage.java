package dk.helhed.appointments.boundary;

import dk.helhed.appointments.entity.Appointment;
import dk.helhed.appointments.entity.AppointmentStatus;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.time.TimeSource;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The page a resident's manage link opens. Opening it only shows the appointment (mail scanners follow links); moving
 * to another free time at the same place and cancelling are POSTs from this page. An unknown or guessed token shows the same "not found" as any other. The
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
    private Long moveTo;
    private boolean confirming;
    private transient List<Choice> choices;

    public record View(String reference, String when, String place, String placeCode, String address, String map,
                       boolean cancelled, boolean movable) implements Serializable {
    }

    /** A free time to move to. */
    public record Choice(long id, String label) {
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

    /** The first press on "cancel": the page asks whether they mean it. */
    public String askCancel() {
        confirming = true;
        return null;
    }

    public String keep() {
        confirming = false;
        return null;
    }

    /** The second press: cancelled, the resident is told, and the page offers to book another time. */
    public String cancel() {
        confirming = false;
        try {
            appointment = view(booking.cancel(token));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get());
        }
        return null;
    }

    public boolean isConfirming() {
        return confirming;
    }

    /** Moves to the chosen free time at the same place; the reference stays, the resident is told. */
    public String move() {
        try {
            appointment = view(booking.move(token, moveTo));
            PageMessages.told(language.get(), "page.manage.moved");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get());
        }
        moveTo = null;
        choices = null;
        return null;
    }

    /** Free times at the same place in the next two weeks. */
    public List<Choice> getChoices() {
        if (choices == null) {
            if (appointment == null || !appointment.movable()) {
                return List.of();
            }
            LocalDate today = LocalDate.now(time.zone());
            choices = booking.freeSlots(today, today.plusDays(14), Optional.of(appointment.placeCode()),
                            Optional.empty()).stream()
                    .map(slot -> new Choice(slot.id(), Texts.span(language.get(), slot.window().start(),
                            slot.window().end(), time.zone())))
                    .toList();
        }
        return choices;
    }

    private View view(Appointment a) {
        var lang = language.get();
        var p = a.slot().place();
        return new View(a.reference(), Texts.span(lang, a.slot().window().start(), a.slot().window().end(),
                time.zone()), p.name(), p.code(), p.streetAddress(),
                p.mapLink(), !a.status().holdsSlot(), a.status() == AppointmentStatus.BOOKED);
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
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
