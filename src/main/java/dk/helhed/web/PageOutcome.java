package dk.helhed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * What the page tells the person after an action, read by {@code /WEB-INF/includes/messages.xhtml}: every problem at
 * the top of the page in one error summary that takes the focus and links to each field it is about (the GOV.UK
 * design system's pattern, so a phone user sees it without scrolling), and what went well as a status, never styled
 * as an error.
 */
@Named
@RequestScoped
public class PageOutcome {

    /** One problem; {@code field} is the client id of the input it is about, or null for the page as a whole. */
    public record Problem(String text, String field) {
        public String getHref() {
            return field == null ? null : "#" + field;
        }
    }

    /** Read anew each time: "rendered" is asked before the action has added its messages too. */
    public List<Problem> getProblems() {
        List<Problem> problems = new ArrayList<>();
        read(problems, new ArrayList<>());
        return problems;
    }

    public List<String> getDone() {
        List<String> done = new ArrayList<>();
        read(new ArrayList<>(), done);
        return done;
    }

    /** The page's own messages first, then each field's in the order the fields stand on the page. */
    private static void read(List<Problem> problems, List<String> done) {
        var faces = FacesContext.getCurrentInstance();
        List<String> ids = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(ids::add);
        if (ids.size() > 1 && faces.getViewRoot() != null) {
            List<String> onPage = new ArrayList<>();
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION)), (context, component) -> {
                String id = component.getClientId(faces);
                if (ids.contains(id) && !onPage.contains(id)) {
                    onPage.add(id);
                }
                return VisitResult.ACCEPT;
            });
            ids.sort(java.util.Comparator.comparingInt(id -> id == null ? -1
                    : onPage.contains(id) ? onPage.indexOf(id) : Integer.MAX_VALUE));
        }
        for (String id : ids) {
            for (FacesMessage message : faces.getMessageList(id)) {
                String text = message.getSummary();
                boolean problem = message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
                if (problem) {
                    problems.add(new Problem(text, id));
                } else if (!done.contains(text)) {
                    done.add(text);
                }
            }
        }
    }
}
