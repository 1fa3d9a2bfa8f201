package dk.helhed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of whoever is signed in, by role, for the navigation bar every page shares: a coordinator reaches every
 * coordinator page from any of them, an adviser their day, partner staff their blocks, a volunteer their shifts, and
 * everyone their profile.
 */
@Named
@RequestScoped
public class Navigation {
    private static final List<Link> COORDINATOR = List.of(
            new Link("rota", "/coordinator/rota", "nav.coordinator.rota"),
            new Link("gaps", "/coordinator/gaps", "nav.coordinator.gaps"),
            new Link("homework", "/coordinator/homework", "nav.coordinator.homework"),
            new Link("school-holidays", "/coordinator/school-holidays", "nav.coordinator.school-holidays"),
            new Link("pavilion-blocks", "/coordinator/pavilion-blocks", "nav.coordinator.pavilion-blocks"),
            new Link("invitations", "/coordinator/invitations", "nav.coordinator.invitations"));
    private static final List<Link> ADVISER = List.of(new Link("day", "/staff/day", "nav.adviser.day"));
    private static final List<Link> PARTNER = List.of(new Link("blocks", "/partner/blocks", "nav.partner.blocks"));
    private static final List<Link> VOLUNTEER = List.of(
            new Link("shifts", "/volunteer/shifts", "nav.volunteer.shifts"),
            new Link("my-shifts", "/volunteer/my-shifts", "nav.volunteer.my-shifts"));
    private static final Link PROFILE = new Link("profile", "/account/profile", "nav.profile");

    @Inject
    SecurityContext security;

    private List<Shown> links;

    /** A page of the app: its path under the context root and the key of its name. */
    public record Link(String id, String path, String key) {
    }

    /** A link as the bar shows it; {@code current} when it is the page being shown. */
    public record Shown(String id, String path, String key, boolean current) {
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public List<Shown> getLinks() {
        if (links == null) {
            List<Link> all = new ArrayList<>();
            if (security.isCallerInRole("COORDINATOR") || security.isCallerInRole("ADMIN")) {
                all.addAll(COORDINATOR);
            }
            if (security.isCallerInRole("ADVISER")) {
                all.addAll(ADVISER);
            }
            if (security.isCallerInRole("PARTNER")) {
                all.addAll(PARTNER);
            }
            if (security.isCallerInRole("VOLUNTEER")) {
                all.addAll(VOLUNTEER);
            }
            if (isSignedIn()) {
                all.add(PROFILE);
            }
            var root = FacesContext.getCurrentInstance().getViewRoot();
            String view = root == null ? "" : root.getViewId();
            links = all.stream().map(l -> new Shown(l.id(), l.path(), l.key(), view.equals(l.path() + ".xhtml")))
                    .toList();
        }
        return links;
    }
}
