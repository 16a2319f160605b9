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
}
