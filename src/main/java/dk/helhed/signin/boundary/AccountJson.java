package dk.helhed.signin.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.Account;
import dk.helhed.signin.entity.Invitation;
import jakarta.ws.rs.core.Response;

import java.time.ZoneId;
import java.util.List;

/** The JSON of the account endpoints: sign-up, verification, password reset, invitations. */
public final class AccountJson {
    private AccountJson() {
    }

    public record SignUpRequest(String name, String email, String password, String phone, Boolean smsConsent,
                                List<String> languages, List<String> subjects, List<String> places, String language) {
    }

    public record TokenRequest(String token) {
    }

    public record EmailRequest(String email) {
    }

    public record ResetRequest(String token, String password) {
    }

    public record AcceptRequest(String password, String phone, Boolean smsConsent) {
    }

    /** The same answer whether or not the e-mail had an account: look in your inbox. */
    public record Accepted(String status, String detail) {
    }

    public record AccountView(String email, String name, boolean active, List<String> roles) {
        static AccountView of(Account a) {
            return new AccountView(a.email(), a.name(), a.active(), a.roles().stream().map(Enum::name).sorted()
                    .toList());
        }
    }

    static Response accepted(Language language, String key) {
        return Response.accepted(new Accepted("CHECK_YOUR_EMAIL", Texts.text(language, key))).build();
    }

    public record InvitationView(long id, String name, String email, String role, String organisation,
                                 String organisationName, String language, String expiresAt) {
        static InvitationView of(Invitation i, ZoneId zone) {
            var org = i.organisation();
            return new InvitationView(i.id(), i.name(), i.email(), i.role().name(), org == null ? null : org.code(),
                    org == null ? null : org.name(), i.language(),
                    i.expiresAt().atZone(zone).toOffsetDateTime().toString());
        }
    }
}
