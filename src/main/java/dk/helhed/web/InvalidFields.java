package dk.helhed.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.EnumSet;

/**
 * Marks every input that has a problem, just before the page is written: {@code aria-invalid="true"} and
 * {@code aria-describedby} pointing at its message ({@code <h:message id="FIELD-error" for="FIELD"/>}), so a screen
 * reader says what is wrong when the field gets the focus. Inputs without a problem lose both again, since an input
 * keeps its attributes from one request of a view to the next. Inputs repeated in rows are not marked (the visit
 * skips iteration: the forms with fields to correct have none).
 */
public class InvalidFields implements SystemEventListener {
    static final String SUFFIX = "-error";

    @Override
    public void processEvent(SystemEvent event) {
        var faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && !faces.getClientIdsWithMessages().hasNext()) {
            return; // a view built afresh with nothing to say has no marks to set or to take away
        }
        var visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        ((UIViewRoot) event.getSource()).visitTree(visit, (context, component) -> {
            if (component instanceof UIInput input && input.isRendered()) {
                String id = input.getClientId(faces);
                var attributes = input.getPassThroughAttributes();
                if (faces.getMessageList(id).isEmpty()) {
                    attributes.remove("aria-invalid");
                    attributes.remove("aria-describedby");
                } else {
                    attributes.put("aria-invalid", "true");
                    attributes.put("aria-describedby", id + SUFFIX);
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }
}
