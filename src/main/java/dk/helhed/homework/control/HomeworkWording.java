package dk.helhed.homework.control;

import dk.helhed.events.entity.Localized;
import dk.helhed.homework.entity.SessionPlan;
import dk.helhed.i18n.Language;
import dk.helhed.i18n.Texts;

/**
 * How a session's event reads on the residents' pages, in Danish, English and Arabic: that it is homework help, and
 * that the name to give is the child's (the events' sign-up asks for a name). The default title is translated; a
 * coordinator's own title is a name and stays as written.
 */
public final class HomeworkWording {
    private HomeworkWording() {
    }

    public static Localized title(String title) {
        if (SessionPlan.DEFAULT_TITLE.equals(title)) {
            return new Localized(Texts.text(Language.DA, "homework.event.title"),
                    Texts.text(Language.EN, "homework.event.title"), Texts.text(Language.AR, "homework.event.title"));
        }
        return new Localized(title, title, null);
    }

    public static Localized description() {
        return new Localized(Texts.text(Language.DA, "homework.event.description"),
                Texts.text(Language.EN, "homework.event.description"),
                Texts.text(Language.AR, "homework.event.description"));
    }
}
