package dk.helhed.signin.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.time.TimeSource;
import dk.helhed.web.ClientAddress;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code /account/second-factor}: the signed-in person's sign-in security. Set up the authenticator app (a volunteer
 * may; staff have it from their first sign-in), make new recovery codes, remove it (only where it is not required),
 * and make or revoke API tokens for programs.
 */
@Named
@ViewScoped
public class SecondFactorPage implements Serializable {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient SecondFactors factors;
    @Inject
    transient ClientAddress clientAddress;
    @Inject
    transient PageLanguage language;
    @Inject
    transient TimeSource time;

    private SecondFactors.Offer offer;
    private List<String> recoveryCodes;
    private String code;
    private String password;
    private String tokenName;
    private String newToken;

    private static String me() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public SecondFactors.Status getStatus() {
        return factors.status(me());
    }

    public String shown(Instant at) {
        return at == null ? "–" : SHOWN.format(at.atZone(time.zone()));
    }

    public void startEnrolment() {
        offer = factors.offer(me());
    }

    public SecondFactors.Offer getOffer() {
        return offer;
    }

    public String getSecretShown() {
        return offer == null ? "" : offer.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public void enrol() {
        try {
            recoveryCodes = factors.confirm(me(), password, offer == null ? null : offer.secret(), code,
                    clientAddress.current());
            offer = null;
            PageMessages.told(language.get(), "page.second-factor.enrolled");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("code", "enrol:code", "password", "enrol:password"));
        }
        code = null;
        password = null;
    }

    public void renewRecoveryCodes() {
        try {
            recoveryCodes = factors.renewRecoveryCodes(me(), password, clientAddress.current());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("password", "recovery:password"));
        }
        password = null;
    }

    public void remove() {
        try {
            factors.remove(me(), password, clientAddress.current());
            recoveryCodes = null;
            PageMessages.told(language.get(), "page.second-factor.removed");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("password", "remove:password"));
        }
        password = null;
    }

    public void makeToken() {
        try {
            newToken = factors.newToken(me(), password, tokenName, clientAddress.current()).token();
            tokenName = null;
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get(), Map.of("name", "token:name", "password", "token:password"));
        }
        password = null;
    }

    public void revoke(long id) {
        try {
            int sessions = factors.revokeToken(me(), id);
            SessionLifetime.renew(((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest()).getSession(false), sessions);
            PageMessages.told(language.get(), "page.second-factor.token-revoked");
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.get());
        }
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getNewToken() {
        return newToken;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }
}
