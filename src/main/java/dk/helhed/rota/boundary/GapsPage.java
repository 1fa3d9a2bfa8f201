package dk.helhed.rota.boundary;

import dk.helhed.i18n.Language;
import dk.helhed.i18n.Refusal;
import dk.helhed.i18n.Texts;
import dk.helhed.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Every gap of the next four weeks, pavilion and homework help, each with a "call for help" button. */
@Named
@RequestScoped
public class GapsPage {
    private static final Language LANG = Language.DA;

    @Inject
    Rota rota;
    @Inject
    HelpCalls helpCalls;

    private List<Row> rows;

    public record Row(long shiftId, String kind, RotaPage.Row cell) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = rota.gaps(4).stream().map(e -> new Row(e.shiftId(), Rota.label(e), RotaPage.row(e))).toList();
        }
        return rows;
    }

    public void callForHelp(long shiftId) {
        try {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    Texts.text(LANG, "page.rota.called", helpCalls.call(shiftId))));
        } catch (Refusal refusal) {
            PageMessages.refused(refusal, LANG);
        }
        rows = null;
    }
}
