package jp.isms.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.logging.Logger;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.infrastructure.Settings;

/**
 * The first data. On the embedded default (H2, or wherever {@code isms.demo-data} is true) the demo
 * company with one user per role; elsewhere a single administrator who must change the initial
 * password at first login. Runs once: an existing user table is never touched.
 */
@Singleton
@Startup
@DependsOn("EngineBootstrap")
public class InitialData {
    // Container-managed: seeding runs in one transaction, so a failure leaves no half-made company.

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    DemoCompany demoCompany;

    @PostConstruct
    void seed() {
        if (users.count() == 0) {
            if (Settings.flag("isms.demo-data", Settings.embeddedDatabase())) {
                demoCompany.create();
                LOG.info("Demo company 株式会社サンプル created; the demo logins are listed in README.md");
            } else {
                createAdministrator();
            }
        }
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info(() -> "ISMS Lifecycle is ready: http://localhost:" + port + "/");
    }

    private void createAdministrator() {
        if (companies.current().isEmpty()) {
            String name = Settings.get("isms.company-name").orElse("株式会社 (未設定)");
            companies.add(new Company(name, name));
        }
        String password = Settings.get("isms.admin.initial-password").orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        users.add(new AppUser("admin", "Administrator", null, null, EnumSet.of(Role.ADMIN), password, true));
        String shown = generated ? password : "(the value of isms.admin.initial-password)";
        LOG.warning(() -> "Created user 'admin' with initial password " + shown + "; it must be changed at first login");
    }
}
