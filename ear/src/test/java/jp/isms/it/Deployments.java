package jp.isms.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build made it: no hand-picked classes. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/isms-lifecycle.ear"));
    }

    static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("it.db"));
    }
}
