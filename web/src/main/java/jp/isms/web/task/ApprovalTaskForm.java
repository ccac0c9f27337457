package jp.isms.web.task;

import static jp.isms.processes.RiskAssessmentApproval.*;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import jp.isms.risk.application.AssessmentView;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskRow;
import jp.isms.shared.application.PageRequest;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;

/**
 * The form of every task of {@code risk-assessment-approval}: what is being decided on (the
 * residual risks with scores and levels), every earlier decision of this process instance in
 * order, and the decisions this task allows.
 */
@Named
@ViewScoped
public class ApprovalTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskRegister register;

    private AssessmentView assessment;
    private PagedModel<RiskRow> risks;
    private List<String> selectedDepartments = new ArrayList<>();
    /** Department code → name of every department with risks in the assessment. */
    private Map<String, String> departments = new LinkedHashMap<>();
    private List<RiskRow> accepting = List.of();

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        long assessmentId = ((Number) task.variables().get(VAR_ASSESSMENT_ID)).longValue();
        assessment = register.byId(currentUser.actor(), assessmentId);
        risks = new PagedModel<>(request -> register.risks(currentUser.actor(), assessmentId, request),
                RiskRow::riskNo, "residualScore", false);
        List<RiskRow> all = allRisks(assessmentId);
        departments = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(r -> code(r)))
                .forEach(r -> departments.putIfAbsent(code(r), r.departmentName() == null ? "—" : r.departmentName()));
        String acceptor = acceptorOfThisTask(task);
        String department = departmentOf(task);
        accepting = all.stream().filter(r -> acceptor.equals(r.residualAcceptor()))
                .filter(r -> department == null || department.equals(code(r))).toList();
    }

    /** A return or a rejection goes to the departments the approver chose. */
    @Override
    protected List<String> targets() {
        return selectedDepartments;
    }

    /** This process instance's decisions, oldest first. */
    public List<AssessmentView.DecisionView> getHistory() {
        if (assessment == null) {
            return List.of();
        }
        return assessment.decisions().stream().filter(d -> getTask().processInstanceId().equals(d.processInstanceId()))
                .sorted(Comparator.comparing(AssessmentView.DecisionView::decidedAt)).toList();
    }

    /** The latest decision that sent the work back, or the CISO's review: what the reader must see first. */
    public Optional<AssessmentView.DecisionView> getLatestComment() {
        List<AssessmentView.DecisionView> history = getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            AssessmentView.DecisionView d = history.get(i);
            if (d.comment() != null && d.decision() != Decision.SUBMIT && d.decision() != Decision.RESUBMIT) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Who accepts residual risks at this task: the risk owner, the CISO or top management (by the DMN's acceptor). */
    private static String acceptorOfThisTask(TaskActions.OpenTask task) {
        return switch (task.taskKey()) {
            case TASK_CONFIRM_BY_DEPARTMENT -> jp.isms.processes.RiskLevelDecision.GROUP_DEPT_HEAD;
            case TASK_REVIEW_BY_CISO -> GROUP_CISO;
            case TASK_APPROVE_RESIDUAL_RISKS -> GROUP_TOP_MANAGEMENT;
            default -> "";
        };
    }

    private List<RiskRow> allRisks(long assessmentId) {
        List<RiskRow> all = new ArrayList<>();
        long total;
        do {
            var page = register.risks(currentUser.actor(), assessmentId,
                    new PageRequest(all.size(), PageRequest.MAX_PAGE_SIZE, "riskNo", true, Map.of()));
            all.addAll(page.rows());
            total = page.total();
            if (page.rows().isEmpty()) {
                break;
            }
        } while (all.size() < total);
        return all;
    }

    private static String code(RiskRow r) {
        return r.departmentCode() == null ? NO_DEPARTMENT : r.departmentCode();
    }

    /** The department of a department task (its code), or null on the other tasks. */
    public String getDepartment() {
        return getTask() == null ? null : departmentOf(getTask());
    }

    private static String departmentOf(TaskActions.OpenTask task) {
        return (String) task.variables().get(VAR_DEPARTMENT);
    }

    public String getDepartmentName() {
        String code = getDepartment();
        return code == null ? null : departments.getOrDefault(code, code);
    }

    /** True where the department has no head and the CISO confirms in the risk owner's place. */
    public boolean isRiskOwnerFallback() {
        return getTask() != null && Boolean.TRUE.equals(getTask().variables().get(VAR_RISK_OWNER_FALLBACK));
    }

    /** The residual risks the person deciding this task accepts with an approval. */
    public List<RiskRow> getAccepting() {
        return accepting;
    }

    public boolean isSendsBack() {
        return allows("return") || allows("reject");
    }

    /** For the choice where a return goes: label (department name) → value (department code). */
    public Map<String, String> getDepartmentChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        departments.forEach((code, name) -> choices.put(NO_DEPARTMENT.equals(code) ? Ui.text("approval.noDepartment") : name, code));
        return choices;
    }

    public List<String> getSelectedDepartments() {
        return selectedDepartments;
    }

    public void setSelectedDepartments(List<String> selectedDepartments) {
        this.selectedDepartments = selectedDepartments == null ? new ArrayList<>() : new ArrayList<>(selectedDepartments);
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public PagedModel<RiskRow> getRisks() {
        return risks;
    }
}
