package dk.helhed;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code, kept by a test: a capability ({@code dk.helhed.<capability>}) is entered through its
 * {@code boundary}; its {@code control} and {@code entity} are its own, except for the few value types below that
 * other capabilities hold. Capabilities form no cycle, and the outside world's libraries stay where they belong.
 */
class ArchitectureTest {

    private static final JavaClasses HELHED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.helhed");

    private static final Pattern INSIDE = Pattern.compile("dk\\.helhed\\.([a-z0-9]+)\\.(control|entity)\\..*");
    private static final Pattern CAPABILITY = Pattern.compile("dk\\.helhed\\.([a-z0-9]+)\\..*");

    /**
     * Another capability's entity or control class that may be named outside it, by whom ({@code *}: by any), and
     * why. Each is a value, or an entity another aggregate points at (JPA needs the type for the join); none is a way
     * to change the owner's state behind its boundary, except signin's two, which are what signing in is about.
     */
    static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            reference("plan.entity.Place", "*", "appointments, events, shifts and people happen at or belong to a "
                    + "place (a JPA reference)"),
            reference("plan.entity.SocialPlan", "people demo", "an organisation belongs to the plan (a JPA reference); "
                    + "the demo data sets one up"),
            reference("people.entity.Person", "*", "an adviser, a volunteer on a shift and partner staff are people "
                    + "(a JPA reference)"),
            reference("people.entity.Organisation", "*", "pavilion blocks and staff accounts belong to a partner "
                    + "organisation (a JPA reference)"),
            value("people.entity.PhoneNumber", "*", "an E.164 number, normalised once"),
            value("people.entity.Resident", "*", "an embeddable: a resident's name, phone and language"),
            value("people.entity.Contact", "*", "an embeddable: a participant's e-mail and phone"),
            value("people.entity.Role", "*", "a closed set: what a signed-in person may do"),
            value("people.entity.Subject", "*", "a closed set: the subjects of homework help"),
            value("people.entity.Account", "signin", "signin proves who an account is: it makes an account for a "
                    + "registration, checks and changes its password and activates it; its person and roles are "
                    + "people's"),
            value("people.entity.ProfileDetails", "signin", "the profile fields a volunteer's registration and an "
                    + "invitation ask for, checked by the profile's own rules"),
            value("verification.entity.ManageToken", "*", "the secret in a manage or account link, kept as a hash "
                    + "by each aggregate it opens"),
            value("verification.entity.References", "*", "the short reference a resident reads out, made one way "
                    + "for appointments and sign-ups"),
            value("messaging.entity.Outgoing", "*", "one message handed to the outbox"),
            value("messaging.entity.Letter", "*", "one message written once for SMS and e-mail, as Outgoing values"),
            value("messaging.entity.ChannelKind", "*", "a closed set: e-mail or SMS"),
            value("messaging.entity.MessageKind", "*", "a closed set: what a message is, which sets its priority"),
            value("shifts.entity.ShiftKind", "*", "a closed set: pavilion or homework help"),
            value("shifts.entity.ShiftStatus", "pavilion homework rota", "a closed set: open or cancelled"),
            value("shifts.entity.AssignmentStatus", "pavilion homework rota", "a closed set: taken or released"),
            reference("shifts.entity.Shift", "pavilion homework rota demo", "a block's, a session's or a gap's shift, "
                    + "as the shifts boundary hands it out (a swap and a session point at it)"),
            reference("events.entity.Event", "homework", "a homework-help session's seats are an event (a JPA "
                    + "reference), made and changed through the events' boundary"),
            value("events.entity.Localized", "homework", "an embeddable: a text in each page language"),
            value("events.entity.EventPlan", "demo", "what a coordinator asks for (EventPlan.Draft), the input of "
                    + "EventAdministration.create"),
            value("homework.entity.SessionPlan", "demo", "what a coordinator asks for (SessionPlan.Draft), the input "
                    + "of HomeworkAdministration.create"),
            reference("shifts.entity.ShiftAssignment", "pavilion homework rota", "who holds a place, as the shifts "
                    + "boundary hands it out (a swap points at the places it exchanges)"));

    /** {@code by}: the capabilities that may name it, {@code *} for any; a reference is held and read, not made. */
    record Allowed(Set<String> by, boolean reference, String why) {
        boolean allows(String capability) {
            return by.contains("*") || by.contains(capability);
        }
    }

    private static Map.Entry<String, Allowed> value(String type, String by, String why) {
        return Map.entry("dk.helhed." + type, new Allowed(Set.of(by.split(" ")), false, why));
    }

    private static Map.Entry<String, Allowed> reference(String type, String by, String why) {
        return Map.entry("dk.helhed." + type, new Allowed(Set.of(by.split(" ")), true, why));
    }

    @Test
    void aCapabilityIsEnteredThroughItsBoundary() {
        classes().that().resideInAPackage("dk.helhed..")
                .should(new ArchCondition<JavaClass>("name no other capability's control or entity classes beyond "
                        + ALLOWED.keySet()) {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = capabilityOf(item.getName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getBaseComponentType().getName();
                            Matcher inside = INSIDE.matcher(target);
                            if (inside.matches() && !inside.group(1).equals(own)
                                    && !allowed(target.replaceAll("\\$.*", ""), own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(HELHED);
    }

    /**
     * Another capability's aggregates are made, and found by their named queries, only behind its boundary: no
     * {@code new ShiftAssignment}, no {@code Shift.pavilion(...)}, no {@code Shift.BY_NATURAL_KEY} outside shifts.
     */
    @Test
    void anotherCapabilitysAggregatesAreNotMadeOrQueriedOutsideIt() {
        classes().that().resideInAPackage("dk.helhed..")
                .should(new ArchCondition<JavaClass>("make or query no other capability's referenced aggregates") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = capabilityOf(item.getName());
                        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
                            var owner = access.getTargetOwner();
                            var allowed = ALLOWED.get(owner.getName());
                            // calls and references (Shift::pavilion, ShiftAssignment::new) alike
                            boolean madeOrQueried = access.getName().equals("<init>")
                                    || access.getTarget() instanceof FieldAccessTarget field
                                    && field.resolveMember().map(f -> f.getModifiers().contains(JavaModifier.STATIC))
                                    .orElse(false)
                                    || access.getTarget() instanceof CodeUnitAccessTarget method
                                    && method.resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                                    .orElse(false);
                            if (allowed != null && allowed.reference() && madeOrQueried
                                    && !capabilityOf(owner.getName()).equals(own)) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        }
                    }
                })
                .check(HELHED);
    }

    /**
     * The same for named queries, read from the source: javac copies a query name's constant into the class that uses
     * it, so the class files no longer show where it came from.
     */
    @Test
    void anotherCapabilitysNamedQueriesAreRunOnlyInsideIt() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachSource((name, own, source) -> ALLOWED.forEach((type, allowed) -> {
            String simple = type.substring(type.lastIndexOf('.') + 1);
            Matcher constant = Pattern.compile("\\b" + simple + "\\.([A-Z][A-Z_]+)\\b").matcher(source);
            while (allowed.reference() && !capabilityOf(type).equals(own) && constant.find()) {
                violations.add(name + " uses " + simple + "." + constant.group(1));
            }
        }));
        assertThat(violations).isEmpty();
    }

    /**
     * Nor queried in JPQL of its own ({@code select a from Account a}) beyond the references it may hold (the places
     * with free slots): another capability asks its boundary.
     */
    @Test
    void anotherCapabilitysEntitiesAreNotQueriedInJpqlOutsideIt() throws IOException {
        Map<String, JavaClass> entities = new java.util.HashMap<>();
        HELHED.stream().filter(c -> c.isAnnotatedWith("jakarta.persistence.Entity"))
                .forEach(c -> entities.put(c.getSimpleName(), c));
        Pattern jpql = Pattern.compile("\\b(?:from|join|update|delete from) ([A-Z][A-Za-z]+) [a-z]\\w*\\b");
        List<String> violations = new ArrayList<>();
        forEachSource((name, own, source) -> {
            Matcher query = jpql.matcher(source);
            while (query.find()) {
                var entity = entities.get(query.group(1));
                if (entity != null && !capabilityOf(entity.getName()).equals(own)
                        && !allowed(entity.getName(), own)) {
                    violations.add(name + " queries " + entity.getName());
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    private interface SourceCheck {
        void check(String className, String capability, String source);
    }

    /** Every main source file, with its class name and capability. */
    private static void forEachSource(SourceCheck check) throws IOException {
        var main = Path.of("src/main/java");
        try (var files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = main.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                String own = capabilityOf(name);
                check.check(name, own, Files.readString(file));
            }
        }
    }

    @Test
    void capabilitiesFormNoCycle() {
        slices().matching("dk.helhed.(*)..").should().beFreeOfCycles().check(HELHED);
    }

    @Test
    void quartzMailAndTwilioStayInSchedulingMessagingAndTheJobs() {
        noClasses().that().resideOutsideOfPackages("dk.helhed.scheduling..", "dk.helhed.messaging..")
                .and().haveSimpleNameNotEndingWith("Job")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "jakarta.mail..", "com.twilio..")
                .check(HELHED);
    }

    private static boolean allowed(String type, String user) {
        var allowed = ALLOWED.get(type);
        return allowed != null && allowed.allows(user);
    }

    private static String capabilityOf(String className) {
        Matcher matcher = CAPABILITY.matcher(className);
        return matcher.matches() ? matcher.group(1) : "";
    }
}
