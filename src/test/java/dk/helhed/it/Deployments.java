package dk.helhed.it;

import dk.helhed.testsupport.TestSupportResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR that Maven built, plus every class of the test-support package (an adjustable clock, seeding,
 * dispatch-now): a capability's own test-support resource goes there and is deployed without touching this file.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive helhed() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("helhed.war")))
                .addPackage(TestSupportResource.class.getPackage());
    }
}
