package dk.helhed.privacy.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.signin.boundary.AccountClosing;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/accounts}: every account, and a button to deactivate a leaver (asked once more): they can no longer
 * sign in, their sessions end, their future shifts are open again and the coordinators told.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {
    private static final Language LANG = Language.DA;

    @Inject
    transient DataSubjects subjects;
    @Inject
    transient HttpServletRequest request;

    private transient List<AccountClosing.Summary> accounts;
    private Long confirming;

    public List<AccountClosing.Summary> getAccounts() {
        if (accounts == null) {
            accounts = subjects.accounts();
        }
        return accounts;
    }

    /** The roles in words, as the page's reader says them. */
    public String roles(List<String> roles) {
        return DataSubjectPage.inWords(roles);
    }

    /** Whether this row is the signed-in admin's own account (which is not deactivated from here). */
    public boolean self(AccountClosing.Summary account) {
        return account.email().equals(request.getUserPrincipal().getName().strip().toLowerCase(Locale.ROOT));
    }

    public void ask(long id) {
        confirming = id;
    }

    public void keep() {
        confirming = null;
    }

    public boolean confirming(long id) {
        return confirming != null && confirming == id;
    }

    public void deactivate() {
        try {
            if (confirming != null) {
                var account = subjects.deactivate(confirming, request.getUserPrincipal().getName());
                PageMessages.told(LANG, "page.accounts.deactivated", account.name());
            }
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG);
        }
        confirming = null;
        accounts = null;
    }
}
