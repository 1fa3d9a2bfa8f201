package dk.helhed.plan.boundary;

import dk.helhed.i18n.Refusal;
import dk.helhed.web.PageLanguage;
import dk.helhed.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/**
 * {@code /admin/plan}: the plan's own words, as the set-up gave them: its name, the name messages are signed with,
 * and the data controller and contact the privacy notice names.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {
    private static final Map<String, String> FIELDS = Map.of("name", "plan:name", "senderName", "plan:senderName",
            "controller", "plan:controller", "contact", "plan:contact");

    @Inject
    transient Plan plan;
    @Inject
    transient PageLanguage language;

    private String name;
    private String senderName;
    private String controller;
    private String contact;

    @PostConstruct
    void load() {
        plan.words().ifPresent(w -> {
            name = w.name();
            senderName = w.senderName();
            controller = w.controller();
            contact = w.contact();
        });
    }

    public void save() {
        try {
            plan.reword(new Plan.Words(name, senderName, controller, contact));
            PageMessages.told(language.staff(), "page.plan.saved");
            load();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, language.staff(), FIELDS);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getController() {
        return controller;
    }

    public void setController(String controller) {
        this.controller = controller;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
