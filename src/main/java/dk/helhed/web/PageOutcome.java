package dk.helhed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The page's own messages first, then each field's in the order the fields stand on the page. When one text is
     * about several fields ("Skriv en tekst." for a title in each language), each says which, by its field's label.
     */
    private static void read(List<Problem> problems, List<String> done) {
        var faces = FacesContext.getCurrentInstance();
        List<String> ids = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(ids::add);
        Map<String, String> labels = new HashMap<>();
        if (ids.size() > 1 && faces.getViewRoot() != null) {
            List<String> onPage = new ArrayList<>();
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION)), (context, component) -> {
                String id = component.getClientId(faces);
                if (ids.contains(id) && !onPage.contains(id)) {
                    onPage.add(id);
                }
                if (component instanceof HtmlOutputLabel label && label.getFor() != null
                        && label.getValue() != null) {
                    var target = label.findComponent(label.getFor());
                    if (target != null) {
                        labels.put(target.getClientId(faces), label.getValue().toString());
                    }
                }
                return VisitResult.ACCEPT;
            });
            ids.sort(java.util.Comparator.comparingInt(id -> id == null ? -1
                    : onPage.contains(id) ? onPage.indexOf(id) : Integer.MAX_VALUE));
        }
        List<Problem> found = new ArrayList<>();
        for (String id : ids) {
            for (FacesMessage message : faces.getMessageList(id)) {
                String text = message.getSummary();
                boolean problem = message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
                if (problem) {
                    found.add(new Problem(text, id));
                } else if (!done.contains(text)) {
                    done.add(text);
                }
            }
        }
        for (var p : found) {
            boolean repeated = found.stream().filter(other -> other.text().equals(p.text())).count() > 1;
            String label = p.field() == null ? null : labels.get(p.field());
            problems.add(repeated && label != null ? new Problem(label + ": " + p.text(), p.field()) : p);
        }
    }
}
