package dk.helhed.privacy.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.people.entity.Role;
import dk.helhed.signin.boundary.AccountClosing;
import dk.helhed.signin.boundary.StaffRoles;
import dk.helhed.web.Confirming;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /admin/accounts}: every account; change its roles (ticked in place, logged), and deactivate a leaver (asked
 * once more): they can no longer sign in, their sessions end, their future shifts are open again and the
 * coordinators told. Danish or English.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {
    @Inject
    transient DataSubjects subjects;
    @Inject
    transient StaffRoles staffRoles;
    @Inject
    transient HttpServletRequest request;
    @Inject
    transient PageLanguage language;

    private transient List<AccountClosing.Summary> accounts;
    private final Confirming<Long> confirm = new Confirming<>();
    private Long changing;
    private List<String> chosen = new ArrayList<>();

    /** A role to tick: its name and how the page says it. */
    public record Choice(String code, String label) implements Serializable {
    }

    public List<AccountClosing.Summary> getAccounts() {
        if (accounts == null) {
            accounts = subjects.accounts();
        }
        return accounts;
    }

    /** The roles in words, as the page's reader says them. */
    public String roles(List<String> roles) {
        return DataSubjectPage.inWords(roles, language.staff());
    }

    public List<Choice> getRoleChoices() {
        Language lang = language.staff();
        return Arrays.stream(Role.values()).map(r -> new Choice(r.name(), Texts.text(lang, "page.role." + r.name())))
                .toList();
    }

    public void changeRoles(AccountClosing.Summary account) {
        changing = account.id();
        chosen = new ArrayList<>(account.roles());
        confirm.keep();
    }

    /** The title of the roles being changed ("Roller for Jonas"); null when none are. */
    public String getRolesLegend() {
        return changing == null ? null : getAccounts().stream().filter(a -> a.id() == changing).findFirst()
                .map(a -> Texts.text(language.staff(), "page.accounts.roles-legend",
                        a.name() == null ? a.email() : a.name())).orElse(null);
    }

    public boolean changing(long id) {
        return changing != null && changing == id;
    }

    public void saveRoles() {
        Language lang = language.staff();
        try {
            if (changing != null) {
                var account = staffRoles.change(changing, chosen, request.getUserPrincipal().getName());
                PageMessages.told(lang, "page.accounts.roles-saved", account.name());
                changing = null;
            }
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, lang, Map.of("roles", "role-change:roles"));
        }
        accounts = null;
    }

    public void keepRoles() {
        changing = null;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    /** Whether this row is the signed-in admin's own account (which is not deactivated from here). */
    public boolean self(AccountClosing.Summary account) {
        return account.email().equals(request.getUserPrincipal().getName().strip().toLowerCase(Locale.ROOT));
    }

    /** Asks once more before deactivating; a role change begun on another row is left. */
    public void ask(long id) {
        confirm.ask(id);
        changing = null;
    }

    public Confirming<Long> getConfirm() {
        return confirm;
    }

    public void deactivate() {
        confirm.answer().ifPresent(id -> {
            try {
                var account = subjects.deactivate(id, request.getUserPrincipal().getName());
                PageMessages.told(language.staff(), "page.accounts.deactivated", account.name());
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, language.staff());
            }
        });
        accounts = null;
    }
}
