package jp.isms.audit.domain;

import java.time.LocalDate;
import java.util.List;
import jp.isms.shared.domain.IsmsException;

/**
 * What the lead auditor plans: scope, criteria, dates and who audits which department (memo step 8 ①).
 * Independence is checked by the service, which knows the auditors' departments and records.
 */
public record AuditPlan(String title, String scope, String criteria, LocalDate startDate, LocalDate endDate,
        String leadAuditor, List<AuditAssignment> assignments) {

    public AuditPlan {
        if (title == null || title.isBlank() || scope == null || scope.isBlank() || criteria == null || criteria.isBlank()) {
            throw IsmsException.invalid("audit.plan.required");
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw IsmsException.invalid("audit.plan.dates");
        }
        if (leadAuditor == null || leadAuditor.isBlank()) {
            throw IsmsException.invalid("audit.plan.leadRequired");
        }
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        if (assignments.stream().map(AuditAssignment::departmentCode).distinct().count() != assignments.size()) {
            throw IsmsException.invalid("audit.plan.departmentTwice");
        }
    }
}
