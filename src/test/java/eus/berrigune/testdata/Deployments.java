package eus.berrigune.testdata;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the application exactly as packaged ({@code target/berrigune.war}), so
 * that tests exercise the real artifact, its descriptors and libraries.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        File war = new File("target/berrigune.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/berrigune.war is missing: integration tests run after `package`");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The application with a clock the tests move on ({@code PUT /api/v1/test/clock/{seconds}}) instead of sleeping. */
    public static WebArchive withShiftedClock() {
        return application().addClasses(eus.berrigune.testdata.clock.ShiftedClock.class,
                eus.berrigune.testdata.clock.ClockShiftResource.class);
    }
}
