package dk.helhed.people.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.Confirming;
import dk.helhed.plan.boundary.Plan;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /coordinator/organisations}: the plan's partner organisations and what each helps with (shown on "who is at
 * the pavilion"), a form to add or change one, and removal, asked once more: deleted when nothing refers to it, else
 * retired.
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("name", "organisation:name", "helpsWith",
            "organisation:helpsWith");

    @Inject
    transient Organisations organisations;
    @Inject
    transient PageLanguage language;

    private transient List<Organisations.View> shown;
    private String editing;
    private final Confirming<String> confirm = new Confirming<>();
    private String name;
    private String helpsWith;

    public List<Organisations.View> getOrganisations() {
        if (shown == null) {
            shown = organisations.every();
        }
        return shown;
    }

    public void save() {
        var draft = new Organisations.Draft(name, helpsWith);
        try {
            var saved = editing == null ? organisations.add(draft) : organisations.edit(editing, draft);
            PageMessages.told(language.staff(), editing == null ? "page.organisations.added"
                    : "page.organisations.saved", saved.name());
            clear();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
        shown = null;
    }

    public void edit(String code) {
        getOrganisations().stream().filter(p -> p.code().equals(code)).findFirst().ifPresent(p -> {
            editing = p.code();
            name = p.name();
            helpsWith = p.helpsWith();
        });
        confirm.keep();
    }

    public void clear() {
        editing = null;
        name = null;
        helpsWith = null;
    }

    public Confirming<String> getConfirm() {
        return confirm;
    }

    public void remove() {
        confirm.answer().ifPresent(code -> {
            try {
                String name = getOrganisations().stream().filter(o -> o.code().equals(code))
                        .map(Organisations.View::name).findFirst().orElse(code);
                var removed = organisations.remove(code);
                PageMessages.told(language.staff(), removed == Plan.Removed.DELETED ? "page.organisations.deleted"
                        : "page.organisations.retired", name);
                if (code.equals(editing)) {
                    clear();
                }
            } catch (Refusal refusal) {
                PageMessages.refused(refusal, language.staff());
            }
        });
        shown = null;
    }

    public String getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHelpsWith() {
        return helpsWith;
    }

    public void setHelpsWith(String helpsWith) {
        this.helpsWith = helpsWith;
    }
}
