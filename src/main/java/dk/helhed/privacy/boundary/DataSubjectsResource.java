package dk.helhed.privacy.boundary;

import dk.helhed.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A coordinator answers a data subject's request (GDPR Art. 15-17) about a phone number or an e-mail address: what
 * is held, exported, corrected, erased. Every call is in the access log.
 */
@Path("coordinator/data-subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class DataSubjectsResource {
    @Inject
    DataSubjects subjects;

    @Context
    SecurityContext caller;

    /** What to erase, and that the coordinator means it. */
    public record Erasure(String who, Boolean confirm) {
    }

    /** Whom a request is about: a phone number or an e-mail address (in the body, never in an address or a log). */
    public record Who(String who) {
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything held about {who} (a phone number, written any way, or an e-mail address): "
            + "appointments, sign-ups (homework seats too), volunteer or staff accounts with their shifts, messages "
            + "(kind, channel, status, time; never the text), SMS codes kept, invitations, and access-log entries about "
            + "them. A POST, so the person's number is in no address and no server log.")
    public DataSubjects.Report find(Who body) {
        return subjects.find(body == null ? null : body.who(), me());
    }

    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same as search, as a JSON attachment to give to the person; logged as an export.")
    public Response export(Who body) {
        return Response.ok(subjects.export(body == null ? null : body.who(), me()))
                .header("Content-Disposition", "attachment; filename=\"helhed-data.json\"").build();
    }

    @POST
    @Path("correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corrects a resident's details in every booking and sign-up naming {who}: {who, name, phone, "
            + "email?} as they should read (e-mail left out: none). Messages still to be sent go to the corrected "
            + "phone and address. Answers what is now held under the corrected phone.")
    public DataSubjects.Report correct(DataSubjects.Correction body) {
        var b = body == null ? new DataSubjects.Correction(null, null, null, null) : body;
        return subjects.correct(b, me());
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erases everything held about {who} ({who, confirm: true}): bookings and sign-ups still to "
            + "come are cancelled without a message, personal data erased from every row (the rows stay countable), "
            + "SMS codes forgotten, a volunteer's account deleted (future shifts open again, coordinators told). 409 "
            + "for a staff account (an admin deactivates it).")
    public DataSubjects.Erased erase(Erasure body) {
        if (body == null || !Boolean.TRUE.equals(body.confirm())) {
            throw dk.helhed.i18n.Refusal.invalid("confirm", "field.erasure.confirm");
        }
        return subjects.erase(body.who(), me());
    }

    private String me() {
        return caller.getUserPrincipal().getName();
    }
}
