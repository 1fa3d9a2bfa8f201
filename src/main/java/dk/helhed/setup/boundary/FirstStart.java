package dk.helhed.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At each start, after the migrations and the demo data (when on): a setup link in the log while no plan exists. */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "DemoData"})
public class FirstStart {
    @Inject
    Setup setup;

    @PostConstruct
    void announce() {
        setup.announce();
    }
}
