package jp.isms.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every integration test: the real EAR deployed on the managed server, driven from outside over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstTheApplication {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }
}
