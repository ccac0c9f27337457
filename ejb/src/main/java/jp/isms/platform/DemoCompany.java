package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.AssetValuation;
import jp.isms.asset.domain.Classification;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.Role;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskChange;
import jp.isms.risk.domain.RiskMethod;
import jp.isms.risk.domain.Treatment;
import jp.isms.riskmethod.application.RiskMethods;

/**
 * 株式会社サンプル: departments, one user per role, a draft risk assessment, the asset inventory and an approved
 * certification project under way, the governance documents and the rule book, from demo/*.csv.
 */
@ApplicationScoped
public class DemoCompany {

    public static final String DEMO_PASSWORD = "demo-password";

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoGovernance governance;

    @Inject
    DemoRuleBook ruleBook;

    @Inject
    DemoProject demoProject;

    @Inject
    DemoStatementOfApplicability statementOfApplicability;

    @Inject
    RiskMethods methods;

    @Inject
    DemoTreatment demoTreatment;

    @Inject
    DemoCertificationCycle certificationCycle;

    @Transactional
    public void create() {
        Company company = new Company("株式会社サンプル", "Sample Co., Ltd.");
        em.persist(company);
        Map<String, Department> departments = new HashMap<>();
        for (String[] row : rows("demo/departments.csv")) {
            Department department = new Department(company, row[0], row[1], row[2]);
            em.persist(department);
            departments.put(row[0], department);
        }
        for (String[] row : rows("demo/users.csv")) {
            var roles = Arrays.stream(row[4].split(" ")).map(g -> Role.ofGroupId(g).orElseThrow())
                    .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
            em.persist(new AppUser(row[0], row[1], row[2], departments.get(row[3]), roles, DEMO_PASSWORD, false));
        }
        // The demo's risk method: version 1, likelihood × impact on 5 × 5, published and deployed as DMN.
        RiskMethod method = methods.methodFor(methods.current().getId());
        RiskAssessment assessment = new RiskAssessment(company, "RA-2026-01", "2026年度 情報セキュリティリスクアセスメント",
                method.versionId());
        for (String[] row : rows("demo/risks.csv")) {
            assessment.addRisk(departments.get(row[0]), new RiskChange(row[1], row[2], row[3], Integer.parseInt(row[4]),
                    Integer.parseInt(row[5]), Treatment.valueOf(row[6]), row[7], Integer.parseInt(row[8]),
                    Integer.parseInt(row[9])), method);
        }
        em.persist(assessment);
        statementOfApplicability.create(company);
        for (String[] row : rows("demo/assets.csv")) {
            em.persist(new Asset(row[0], new AssetChange(row[1], AssetType.valueOf(row[2]),
                    Classification.valueOf(row[3]), Integer.parseInt(row[4]), Integer.parseInt(row[5]),
                    Integer.parseInt(row[6]), row[7], row[8], row[9]), AssetValuation.DEFAULT));
        }
        ruleBook.create();
        governance.create(company);
        demoProject.create(company);
        demoTreatment.create(assessment);
        em.flush();
        certificationCycle.create();
    }

    static List<String[]> rows(String resource) {
        try (var in = DemoCompany.class.getClassLoader().getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
