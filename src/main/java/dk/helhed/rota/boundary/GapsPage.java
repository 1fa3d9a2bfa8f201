package dk.helhed.rota.boundary;

import dk.helhed.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Every gap of the next four weeks, pavilion and homework help, each with a "call for help" button. */
@Named
@ViewScoped
public class GapsPage implements Serializable {
    @Inject
    transient PageLanguage language;
    @Inject
    transient Rota rota;
    @Inject
    transient HelpCalls helpCalls;

    private List<Row> rows;

    public record Row(long shiftId, String kind, RotaPage.Row cell) implements Serializable {
    }

    public List<Row> getRows() {
        if (rows == null) {
            var lang = language.staff();
            rows = rota.gaps(4).stream().map(e -> new Row(e.shiftId(), Rota.label(e), RotaPage.row(e, lang))).toList();
        }
        return rows;
    }

    public void callForHelp(long shiftId) {
        RotaPage.call(helpCalls, shiftId, language.staff());
        rows = null;
    }
}
