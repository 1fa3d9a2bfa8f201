package dk.helhed.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core (Deque's accessibility rules) in the page the browser shows. Serious and critical findings fail the
 * test: they are the ones that stop a person with a screen reader, low vision or only a keyboard from booking.
 */
public final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    public static void assertNoSeriousViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", page, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked something on %s", page).isNotEmpty();

        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();

        assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", page, describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
