package dk.helhed.web;

import dk.helhed.i18n.Refusal;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * What a page does when something goes wrong on the way, instead of the container's error:
 * <ul>
 *     <li>A form sent after its page expired (the session ended while the person was typing) is shown again, fresh,
 *     with what they had typed (passwords excepted) and a plain word that nothing was sent.</li>
 *     <li>A page that refuses the person (signed in, but it is not theirs: a coordinator on the adviser's day) answers
 *     403, one that finds nothing 404; the container then shows its error page ({@link Faults}).</li>
 * </ul>
 * Anything else goes on to the container's error page as before.
 */
public class PageFaults extends ExceptionHandlerWrapper {
    public PageFaults(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageFaults(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() throws FacesException {
        var faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
             events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (thrown instanceof ViewExpiredException expired && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                again(faces, expired.getViewId());
                continue;
            }
            Refusal refusal = refusal(thrown);
            if (refusal != null && !faces.getExternalContext().isResponseCommitted()
                    && (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.NOT_FOUND)) {
                events.remove();
                try {
                    faces.getExternalContext().responseSendError(
                            refusal.kind() == Refusal.Kind.FORBIDDEN ? 403 : 404, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static Refusal refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** The page anew, with what the expired form carried typed into it again. */
    private static void again(FacesContext faces, String viewId) {
        var views = faces.getApplication().getViewHandler();
        var root = views.createView(faces, viewId);
        faces.setViewRoot(root);
        try {
            views.getViewDeclarationLanguage(faces, viewId).buildView(faces, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var sent = faces.getExternalContext().getRequestParameterMap();
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIInput input && !(input instanceof HtmlInputSecret)
                    && !(input instanceof UIViewParameter) && !(input instanceof UISelectMany)
                    && !(input instanceof UISelectBoolean)) {
                String typed = sent.get(input.getClientId(faces));
                if (typed != null && !typed.isEmpty()) {
                    input.setSubmittedValue(typed);
                }
            }
            return VisitResult.ACCEPT;
        });
        String text = CDI.current().select(PageLanguage.class).get().text("page.expired");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        faces.renderResponse();
    }
}
