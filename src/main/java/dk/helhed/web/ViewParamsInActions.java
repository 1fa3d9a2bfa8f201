package dk.helhed.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form posts back to its page's own address with the page's view parameters (the day, the week, the filter), so
 * that after an action the address still says what the page shows: reloading it or sharing it gives the same page,
 * not today's or this week's. Registered in faces-config.xml.
 */
public class ViewParamsInActions extends ViewHandlerWrapper {
    public ViewParamsInActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String action = super.getActionURL(context, viewId);
        var root = context.getViewRoot();
        // only a form's own action: links (h:link) build their addresses from this too, with parameters of their own
        if (root == null || !viewId.equals(root.getViewId())
                || !(UIComponent.getCurrentComponent(context) instanceof UIForm)) {
            return action;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (var parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isBlank()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? action
                : context.getExternalContext().encodeBookmarkableURL(action, parameters);
    }
}
