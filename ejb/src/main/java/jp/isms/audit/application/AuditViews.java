package jp.isms.audit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.AuditStatus;
import jp.isms.workflow.application.DecisionView;

/** What screens and the API show of internal audits. */
public final class AuditViews {

    private AuditViews() {
    }

    /** One audit: plan, team, progress, findings and decisions. */
    public record Audit(Long id, String auditNo, int year, String title, String scope, String criteria,
            LocalDate startDate, LocalDate endDate, String leadAuditor, String leadAuditorName, AuditStatus status,
            String baselineOf, String planApprovedBy, Instant planApprovedAt, String reportSummary, Instant reportedAt,
            String reportSha256, String reviewedBy, Instant reviewedAt, String reviewComment, long lockVersion,
            List<Assignment> assignments, int itemCount, int recordedCount, List<Finding> findings,
            List<DecisionView> decisions) implements java.io.Serializable {
    }

    public record Assignment(String departmentCode, String departmentName, String auditor, String auditorName)
            implements java.io.Serializable {
    }

    /** A nonconformity of a submitted report; {@code closedOn} once its corrective action is closed. */
    public record Finding(int findingNo, String reference, String departmentCode, String requirement, AuditResult result,
            String evidence, LocalDate closedOn) implements java.io.Serializable {
        public boolean closed() {
            return closedOn != null;
        }
    }

    public record Item(Long id, String departmentCode, String requirement, String requirementTitle, int lineNo,
            String checkpoint, AuditResult result, String evidence, String interviewee, Long attachmentId,
            String attachmentName, String recordedBy, Instant recordedAt, Integer findingNo, LocalDate closedOn)
            implements java.io.Serializable {
    }

    /** An auditor who may audit a department, or why not. */
    public record Eligibility(String username, String displayName, String departmentCode, boolean eligible,
            String reason) implements java.io.Serializable {
    }

    /** A department a plan may audit, with every internal auditor and whether they may audit it. */
    public record DepartmentChoice(String code, String name, List<Eligibility> auditors) implements java.io.Serializable {
        public List<Eligibility> eligible() {
            return auditors.stream().filter(Eligibility::eligible).toList();
        }

        public List<Eligibility> refused() {
            return auditors.stream().filter(e -> !e.eligible()).toList();
        }
    }

    /** One requirement's line of the programme's coverage over the cycle. */
    public record CoverageLine(String requirement, String title, List<Integer> years, boolean gap)
            implements java.io.Serializable {
        public boolean auditedIn(int year) {
            return years.contains(year);
        }
    }

    public record Programme(int year, int cycleStart, int cycleYear, List<Integer> cycleYears,
            List<String> requirements, List<CoverageLine> coverage, int gaps) implements java.io.Serializable {
    }
}
