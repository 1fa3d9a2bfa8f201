package dk.helhed.it;

import dk.helhed.testsupport.AdjustableTimeSource;
import dk.helhed.testsupport.TestSupportResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR that Maven built, plus the test-support classes (an adjustable clock, seeding, dispatch-now). */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive helhed() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("helhed.war")))
                .addClasses(AdjustableTimeSource.class, TestSupportResource.class);
    }
}
