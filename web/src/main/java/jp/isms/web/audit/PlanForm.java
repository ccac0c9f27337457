package jp.isms.web.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.isms.audit.application.AuditViews;
import jp.isms.audit.domain.AuditAssignment;
import jp.isms.audit.domain.AuditPlan;

/**
 * The fields of an audit plan as the new-plan form and the audit page edit them: one auditor per department
 * (none = not audited), chosen among those the server says may audit it.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String scope;
    private String criteria;
    private LocalDate startDate;
    private LocalDate endDate;
    private String leadAuditor;
    private String baseline;
    private final Map<String, String> auditors = new LinkedHashMap<>();
    private List<AuditViews.DepartmentChoice> departments = List.of();

    public void offer(List<AuditViews.DepartmentChoice> choices) {
        departments = choices;
        choices.forEach(c -> auditors.putIfAbsent(c.code(), null));
    }

    public void fill(AuditViews.Audit audit) {
        title = audit.title();
        scope = audit.scope();
        criteria = audit.criteria();
        startDate = audit.startDate();
        endDate = audit.endDate();
        leadAuditor = audit.leadAuditor();
        auditors.replaceAll((k, v) -> null);
        audit.assignments().forEach(a -> auditors.put(a.departmentCode(), a.auditor()));
    }

    public AuditPlan toPlan() {
        List<AuditAssignment> assignments = new ArrayList<>();
        auditors.forEach((department, auditor) -> {
            if (auditor != null && !auditor.isBlank()) {
                assignments.add(new AuditAssignment(department, auditor));
            }
        });
        return new AuditPlan(title, scope, criteria, startDate, endDate, leadAuditor, assignments);
    }

    /** Everyone who may lead: any internal auditor (the lead need not audit a department themselves). */
    public List<AuditViews.Eligibility> getLeadChoices() {
        Map<String, AuditViews.Eligibility> byUser = new LinkedHashMap<>();
        departments.forEach(d -> d.auditors().forEach(e -> byUser.putIfAbsent(e.username(), e)));
        return List.copyOf(byUser.values());
    }

    public List<AuditViews.DepartmentChoice> getDepartments() {
        return departments;
    }

    public Map<String, String> getAuditors() {
        return auditors;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLeadAuditor() {
        return leadAuditor;
    }

    public void setLeadAuditor(String leadAuditor) {
        this.leadAuditor = leadAuditor;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }
}
