package dk.helhed.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages of whoever is signed in, by role, for the navigation bar every page shares: a coordinator reaches every
 * coordinator page from any of them (the daily ones on the bar, the set-up and administration pages in two groups
 * that open in place), an adviser their day, partner staff their blocks, a volunteer their shifts, and everyone
 * their profile.
 */
@Named
@RequestScoped
public class Navigation {
    private static final String SETUP = "setup";
    private static final String ADMINISTRATION = "admin";
    private static final List<Link> COORDINATOR = List.of(
            new Link("appointments", "/coordinator/appointments", "nav.coordinator.appointments", null),
            new Link("rota", "/coordinator/rota", "nav.coordinator.rota", null),
            new Link("gaps", "/coordinator/gaps", "nav.coordinator.gaps", null),
            new Link("events", "/coordinator/events", "nav.coordinator.events", null),
            new Link("homework", "/coordinator/homework", "nav.coordinator.homework", null),
            new Link("pavilion-blocks", "/coordinator/pavilion-blocks", "nav.coordinator.pavilion-blocks", SETUP),
            new Link("school-holidays", "/coordinator/school-holidays", "nav.coordinator.school-holidays", SETUP),
            new Link("advisers", "/coordinator/advisers", "nav.coordinator.advisers", SETUP),
            new Link("places", "/coordinator/places", "nav.coordinator.places", SETUP),
            new Link("organisations", "/coordinator/organisations", "nav.coordinator.organisations", SETUP),
            new Link("closed-days", "/coordinator/closed-days", "nav.coordinator.closed-days", SETUP),
            new Link("invitations", "/coordinator/invitations", "nav.coordinator.invitations", SETUP),
            new Link("data-subject", "/coordinator/data-subject", "nav.coordinator.data-subject", ADMINISTRATION));
    private static final List<Link> ADMIN = List.of(
            new Link("plan", "/admin/plan", "nav.admin.plan", ADMINISTRATION),
            new Link("accounts", "/admin/accounts", "nav.admin.accounts", ADMINISTRATION),
            new Link("access-log", "/admin/access-log", "nav.admin.access-log", ADMINISTRATION));
    private static final List<Link> ADVISER = List.of(new Link("day", "/staff/day", "nav.adviser.day", null));
    private static final List<Link> PARTNER = List.of(new Link("blocks", "/partner/blocks", "nav.partner.blocks",
            null));
    private static final List<Link> VOLUNTEER = List.of(
            new Link("shifts", "/volunteer/shifts", "nav.volunteer.shifts", null),
            new Link("my-shifts", "/volunteer/my-shifts", "nav.volunteer.my-shifts", null));
    private static final Link PROFILE = new Link("profile", "/account/profile", "nav.profile", null);

    /** The roles of whoever signed in, kept in their session: the container's error pages cannot ask for them. */
    static final String ROLES = Navigation.class.getName() + ".roles";
    private static final List<String> ROLE_NAMES = List.of("COORDINATOR", "ADMIN", "ADVISER", "PARTNER", "VOLUNTEER");

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    private List<Shown> links;

    /** A page of the app: its path under the context root, the key of its name, and its group (null: the bar). */
    public record Link(String id, String path, String key, String group) {
    }

    /** A link as the bar shows it; {@code current} when it is the page being shown. */
    public record Shown(String id, String path, String key, boolean current, String group) {
    }

    /** Pages shown together under one name (set-up, administration), open when one of them is being shown. */
    public record Group(String id, String key, List<Shown> links) {
        public boolean isCurrent() {
            return links.stream().anyMatch(Shown::current);
        }
    }

    /** The pages shown on the bar itself, in order. */
    public List<Shown> getTop() {
        return getLinks().stream().filter(l -> l.group() == null && !l.id().equals(PROFILE.id())).toList();
    }

    /** The groups of pages, in order, each with its pages (none empty). */
    public List<Group> getGroups() {
        List<Group> groups = new ArrayList<>();
        for (String group : List.of(SETUP, ADMINISTRATION)) {
            var members = getLinks().stream().filter(l -> group.equals(l.group())).toList();
            if (!members.isEmpty()) {
                groups.add(new Group(group, "nav.group." + group, members));
            }
        }
        return groups;
    }

    /** Whoever is signed in's own profile, last on the bar. */
    public List<Shown> getProfile() {
        return getLinks().stream().filter(l -> l.id().equals(PROFILE.id())).toList();
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public List<Shown> getLinks() {
        if (links == null) {
            List<Link> all = new ArrayList<>();
            Set<String> roles = roles();
            if (roles.contains("COORDINATOR") || roles.contains("ADMIN")) {
                all.addAll(COORDINATOR);
            }
            if (roles.contains("ADMIN")) {
                all.addAll(ADMIN);
            }
            if (roles.contains("ADVISER")) {
                all.addAll(ADVISER);
            }
            if (roles.contains("PARTNER")) {
                all.addAll(PARTNER);
            }
            if (roles.contains("VOLUNTEER")) {
                all.addAll(VOLUNTEER);
            }
            if (isSignedIn()) {
                all.add(PROFILE);
            }
            var root = FacesContext.getCurrentInstance().getViewRoot();
            String view = root == null ? "" : root.getViewId();
            links = all.stream().map(l -> new Shown(l.id(), l.path(), l.key(), view.equals(l.path() + ".xhtml"),
                    l.group())).toList();
        }
        return links;
    }

    /** The caller's roles: asked of the container, and remembered in the session for its error pages. */
    @SuppressWarnings("unchecked")
    private Set<String> roles() {
        if (!isSignedIn()) {
            return Set.of();
        }
        var session = request.getSession(false);
        if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) != null && session != null
                && session.getAttribute(ROLES) instanceof Set<?> remembered) {
            return (Set<String>) remembered;
        }
        return remember(request, security);
    }

    /** The caller's roles, kept in the session; also called on sign-in, when the container knows them for sure. */
    public static Set<String> remember(HttpServletRequest request, SecurityContext security) {
        Set<String> roles = ROLE_NAMES.stream().filter(security::isCallerInRole).collect(Collectors.toSet());
        var session = request.getSession(false);
        if (session != null && !roles.isEmpty()) {
            session.setAttribute(ROLES, Set.copyOf(roles));
        }
        return roles;
    }
}
