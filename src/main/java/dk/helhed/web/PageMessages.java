package dk.helhed.web;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/** How pages tell people what happened: a refusal's texts next to the fields they concern, or above the form. */
public final class PageMessages {
    private PageMessages() {
    }

    /** Each field problem next to its input ({@code fieldIds} maps a field to a client id); the rest above. */
    public static void refused(Refusal refusal, Language language, Map<String, String> fieldIds) {
        var faces = FacesContext.getCurrentInstance();
        if (refusal.fields().isEmpty()) {
            faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR,
                    Texts.text(language, refusal.key(), refusal.args())));
        }
        refusal.fields().forEach(f -> faces.addMessage(fieldIds.get(f.field()),
                message(FacesMessage.SEVERITY_ERROR, Texts.text(language, f.key(), f.args()))));
    }

    public static void refused(Refusal refusal, Language language) {
        refused(refusal, language, Map.of());
    }

    /** What went well, shown as a status (not as a problem). */
    public static void told(Language language, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                message(FacesMessage.SEVERITY_INFO, Texts.text(language, key, args)));
    }

    private static FacesMessage message(FacesMessage.Severity severity, String text) {
        return new FacesMessage(severity, text, text);
    }
}
