package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.isms.governance.domain.ContextIssue;
import jp.isms.governance.domain.InterestedParty;
import jp.isms.governance.domain.IssueKind;
import jp.isms.governance.domain.ObjectiveStatus;
import jp.isms.governance.domain.PolicyVersion;
import jp.isms.governance.domain.SecurityObjective;
import jp.isms.organisation.domain.Company;
import jp.isms.processes.GovernanceApproval;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.scope.domain.ScopeVersion;
import jp.isms.scope.domain.WorkforceCategory;
import jp.isms.shared.domain.ApprovableVersion;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The demo company's governance documents, from demo/*.csv: an approved scope (version 1) and
 * policy (version 1) with their approval records, issues, interested parties and four objectives,
 * one of them overdue. Dates are relative to the first start, so the demo looks the same any day.
 */
@ApplicationScoped
public class DemoGovernance {

    @PersistenceContext
    EntityManager em;

    void create(Company company) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        ScopeVersion scope = new ScopeVersion(company, 1, scopeContent());
        approve(scope, "SCOPE", true);
        em.persist(scope);

        PolicyVersion policy = new PolicyVersion(1, new PolicyVersion.PolicyText("情報セキュリティ基本方針",
                text("demo/policy.txt"), today.minusMonths(2).withDayOfMonth(1)));
        approve(policy, "POLICY", false);
        em.persist(policy);

        for (String[] row : DemoCompany.rows("demo/context-issues.csv")) {
            em.persist(new ContextIssue(new ContextIssue.IssueChange(row[2], IssueKind.valueOf(row[0]), row[1], row[3],
                    row[4], today.minusDays(Integer.parseInt(row[5])))));
        }
        for (String[] row : DemoCompany.rows("demo/context-parties.csv")) {
            em.persist(new InterestedParty(row[0], row[1], row[2]));
        }
        for (String[] row : DemoCompany.rows("demo/objectives.csv")) {
            em.persist(new SecurityObjective(new SecurityObjective.ObjectiveChange(row[0], row[1], row[2], row[3],
                    today.plusDays(Integer.parseInt(row[4])), ObjectiveStatus.valueOf(row[5]),
                    Integer.parseInt(row[6]))));
        }
    }

    private static ScopeContent scopeContent() {
        List<ScopeContent.Unit> units = new ArrayList<>();
        List<ScopeContent.Site> sites = new ArrayList<>();
        List<ScopeContent.Workforce> workforce = new ArrayList<>();
        List<ScopeContent.SystemOrService> systems = new ArrayList<>();
        List<ScopeContent.Exclusion> exclusions = new ArrayList<>();
        for (String[] row : DemoCompany.rows("demo/scope.csv")) {
            boolean in = Boolean.parseBoolean(row[4]);
            switch (row[0]) {
                case "UNIT" -> units.add(new ScopeContent.Unit(row[1], row[2], in, row[3]));
                case "SITE" -> sites.add(new ScopeContent.Site(row[2], row[3], in));
                case "WORKFORCE" -> workforce.add(new ScopeContent.Workforce(WorkforceCategory.valueOf(row[1]), in, row[3]));
                case "SYSTEM" -> systems.add(new ScopeContent.SystemOrService(row[2], row[3], in));
                case "EXCLUSION" -> exclusions.add(new ScopeContent.Exclusion(row[2], row[3]));
                default -> throw new IllegalStateException("demo/scope.csv: unknown kind " + row[0]);
            }
        }
        return ScopeContent.of(text("demo/scope-statement.txt"), units, sites, workforce, systems, exclusions);
    }

    /** Submitted by the office, reviewed by the CISO where the chain asks for it, approved by top management. */
    private void approve(ApprovableVersion version, String key, boolean cisoReview) {
        version.submit("office");
        version.approve();
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject(key, key, version.getVersionNo(),
                version.fingerprint());
        em.persist(new ApprovalRecord(subject, null, "submission", Decision.SUBMIT, "office", "鈴木 一郎",
                "isms-office", "初版を提出します"));
        if (cisoReview) {
            em.persist(new ApprovalRecord(subject, null, GovernanceApproval.TASK_REVIEW_BY_CISO, Decision.APPROVE,
                    "ciso", "佐藤 花子", "ciso", "内容を確認しました"));
        }
        em.persist(new ApprovalRecord(subject, null, GovernanceApproval.TASK_APPROVE_BY_TOP_MANAGEMENT,
                Decision.APPROVE, "top", "山田 太郎", "top-management", "承認します"));
    }

    private static String text(String resource) {
        try (InputStream in = DemoGovernance.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
