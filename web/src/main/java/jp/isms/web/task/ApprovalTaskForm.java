package jp.isms.web.task;

import static jp.isms.processes.RiskAssessmentApproval.*;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
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
import jp.isms.web.security.CurrentUser;

/**
 * The form of every task of {@code risk-assessment-approval}: what is being decided on (the
 * residual risks with scores and levels), every earlier decision of this process instance in
 * order, and the decisions this task allows.
 */
@Named
@ViewScoped
public class ApprovalTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskActions tasks;

    @Inject
    RiskRegister register;

    private String taskId;
    private TaskActions.OpenTask task;
    private AssessmentView assessment;
    private PagedModel<RiskRow> risks;
    private String comment;
    private List<String> selectedDepartments = new ArrayList<>();
    /** Department code → name of every department with risks in the assessment. */
    private Map<String, String> departments = new LinkedHashMap<>();
    private List<RiskRow> accepting = List.of();

    /** Loads the task; an unknown, finished or foreign task leaves a message and no form. */
    public void load() {
        Ui.attempt(() -> {
            task = tasks.open(currentUser.actor(), taskId);
            long assessmentId = ((Number) task.variables().get(VAR_ASSESSMENT_ID)).longValue();
            assessment = register.byId(currentUser.actor(), assessmentId);
            risks = new PagedModel<>(request -> register.risks(currentUser.actor(), assessmentId, request),
                    RiskRow::riskNo, "residualScore", false);
            List<RiskRow> all = allRisks(assessmentId);
            departments = new LinkedHashMap<>();
            all.stream().sorted(Comparator.comparing(r -> code(r)))
                    .forEach(r -> departments.putIfAbsent(code(r), r.departmentName() == null ? "—" : r.departmentName()));
            String acceptor = acceptorOfThisTask();
            String department = getDepartment();
            accepting = all.stream().filter(r -> acceptor.equals(r.residualAcceptor()))
                    .filter(r -> department == null || department.equals(code(r))).toList();
        });
    }

    public void decide(String decision) throws IOException {
        if (task == null) {
            return;
        }
        if (Ui.attempt(() -> tasks.complete(currentUser.actor(), taskId, decision, comment, selectedDepartments))) {
            Ui.info("task.decisionRecorded", Ui.text("decision." + Decision.parse(decision).orElseThrow().name()));
            Ui.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/inbox.xhtml");
        }
    }

    /** This process instance's decisions, oldest first. */
    public List<AssessmentView.DecisionView> getHistory() {
        if (assessment == null) {
            return List.of();
        }
        return assessment.decisions().stream().filter(d -> task.processInstanceId().equals(d.processInstanceId()))
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

    public boolean allows(String decision) {
        return task != null && Decision.parse(decision).map(task.decisions()::contains).orElse(false);
    }

    /** Who accepts residual risks at this task: the risk owner, the CISO or top management (by the DMN's acceptor). */
    private String acceptorOfThisTask() {
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
        return task == null ? null : (String) task.variables().get(VAR_DEPARTMENT);
    }

    public String getDepartmentName() {
        String code = getDepartment();
        return code == null ? null : departments.getOrDefault(code, code);
    }

    /** True where the department has no head and the CISO confirms in the risk owner's place. */
    public boolean isRiskOwnerFallback() {
        return task != null && Boolean.TRUE.equals(task.variables().get(VAR_RISK_OWNER_FALLBACK));
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

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public TaskActions.OpenTask getTask() {
        return task;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public PagedModel<RiskRow> getRisks() {
        return risks;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
