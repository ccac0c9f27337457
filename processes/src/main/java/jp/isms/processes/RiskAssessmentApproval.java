package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (リスクアセスメント承認,
 * {@value #RESOURCE}).
 *
 * <p>This class exists so that every id shared between the BPMN model and Java code is
 * written down in exactly one place: process key, activity ids (task definition keys),
 * candidate groups, form keys, process variable names, decision values and the names of
 * the CDI beans the service tasks call via {@code camunda:delegateExpression}.
 * The process tests check that these constants match the model, so a rename in the
 * model without a rename here breaks the build instead of the running application.
 *
 * <h2>Flow</h2>
 * <pre>
 * 提出 → 対象部門の特定 → 部門リスクオーナーの確認 (部門ごとに並行) → ISMS事務局の取りまとめ → 提出内容の確定
 *        → CISOレビュー ─approve→ 受容者の判定 ─トップ要→ 残留リスクの承認 ─approve→ 承認済みとして凍結 → 承認済み
 *              │ return                  └─トップ不要──────────────────────────────↗
 *              │                                              │ reject
 *              └────────→ 差戻し (選んだ部門だけ) ←───────────────┘
 *                            ↓
 *                  部門リスクオーナーの確認 (差し戻された部門) → 取りまとめ → …
 * </pre>
 * The department task is multi-instance over the department codes in
 * {@link #VAR_DEPARTMENTS_TO_REVIEW} (comma-separated; {@link #NO_DEPARTMENT} for risks without a
 * department), resolved to a list by {@link #BEAN_RISK_OWNERS}{@code .departments(…)}; each instance
 * holds its code in {@link #VAR_DEPARTMENT}. The same bean, as task listener on create, offers the
 * task to that department's heads (candidate group {@link #GROUP_RISK_OWNER_PREFIX} + code, e.g.
 * {@code dept-head:IT}), or to {@link #GROUP_RISK_OWNER_FALLBACK} where the department has none. The risk owner accepts the department's residual risks whose level the
 * risk-level decision gives to the department head; the CISO accepts the CISO-level ones at the
 * review; top management gets a task only when {@link #VAR_TOP_MANAGEMENT_REQUIRED} is true.
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with business key like {@code RA-2026-01} and the variables
 *       {@link #VAR_ASSESSMENT_ID} ({@link Long}) and {@link #VAR_SUBMITTED_BY}
 *       (username, {@link String}).</li>
 *   <li>Complete {@link #TASK_CONFIRM_BY_DEPARTMENT} with nothing (it can only be approved).</li>
 *   <li>Complete {@link #TASK_CONSOLIDATE_BY_OFFICE} with {@link #VAR_SUBMITTED_BY}.</li>
 *   <li>Complete {@link #TASK_REVIEW_BY_CISO} with {@link #VAR_CISO_DECISION} =
 *       {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}; a return also sets
 *       {@link #VAR_DEPARTMENTS_TO_REVIEW} to the departments concerned and
 *       {@link #VAR_RETURN_COMMENT}.</li>
 *   <li>Complete {@link #TASK_APPROVE_RESIDUAL_RISKS} with
 *       {@link #VAR_TOP_MANAGEMENT_DECISION} = {@link #DECISION_APPROVE} or
 *       {@link #DECISION_REJECT} (a rejection like a return). Any other value makes the completion
 *       fail (the gateways have no default flow).</li>
 *   <li>The model has no asynchronous continuations: completing a task runs the following
 *       service task delegates in the caller's transaction, so the domain change and the
 *       task completion commit or roll back together.</li>
 * </ul>
 */
public final class RiskAssessmentApproval {

    // ---------------------------------------------------------------- process

    /** Process definition key. */
    public static final String PROCESS_KEY = "risk-assessment-approval";

    /** Classpath resource name of the BPMN model. */
    public static final String RESOURCE = ProcessResources.FOLDER + "risk-assessment-approval.bpmn";

    /** Prefix of the business key, e.g. {@code RA-2026-01}. */
    public static final String BUSINESS_KEY_PREFIX = "RA-";

    // ---------------------------------------------------------------- events and gateways

    /** Start event 提出. */
    public static final String START_EVENT_SUBMITTED = "StartEvent_Submitted";

    /** Exclusive gateway after the CISO review. */
    public static final String GATEWAY_CISO_DECISION = "Gateway_CisoDecision";

    /** Exclusive gateway: does any residual risk need top management's acceptance? */
    public static final String GATEWAY_TOP_MANAGEMENT_REQUIRED = "Gateway_TopManagementRequired";

    /** Exclusive gateway after the top-management approval. */
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_TopManagementDecision";

    /** End event 承認済み. */
    public static final String END_EVENT_APPROVED = "EndEvent_Approved";

    // ---------------------------------------------------------------- user tasks (task definition keys)

    /** Multi-instance user task 部門リスクオーナーの確認, one per department, candidates set by {@link #BEAN_RISK_OWNERS}. */
    public static final String TASK_CONFIRM_BY_DEPARTMENT = "Task_ConfirmByDepartment";

    /** User task ISMS事務局の取りまとめ, candidate group {@value #GROUP_ISMS_OFFICE}. */
    public static final String TASK_CONSOLIDATE_BY_OFFICE = "Task_ConsolidateByOffice";

    /** User task CISOレビュー, candidate group {@value #GROUP_CISO}. */
    public static final String TASK_REVIEW_BY_CISO = "Task_ReviewByCiso";

    /** User task 残留リスクの承認, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_APPROVE_RESIDUAL_RISKS = "Task_ApproveResidualRisks";

    // ---------------------------------------------------------------- service tasks

    /** Service task 対象部門の特定, calls {@value #DELEGATE_PLAN_DEPARTMENTS}. */
    public static final String SERVICE_TASK_PLAN_DEPARTMENTS = "ServiceTask_PlanDepartments";

    /** Service task 提出内容の確定, calls {@value #DELEGATE_RESUBMIT}. */
    public static final String SERVICE_TASK_RESUBMIT = "ServiceTask_Resubmit";

    /** Service task 受容者の判定, calls {@value #DELEGATE_ROUTE_ACCEPTANCE}. */
    public static final String SERVICE_TASK_ROUTE_ACCEPTANCE = "ServiceTask_RouteAcceptance";

    /** Service task 承認済みとして凍結, calls {@value #DELEGATE_FREEZE}. */
    public static final String SERVICE_TASK_FREEZE_ASSESSMENT = "ServiceTask_FreezeAssessment";

    /** Service task 差戻し, calls {@value #DELEGATE_RETURN_FOR_REVISION}. */
    public static final String SERVICE_TASK_RETURN_FOR_REVISION = "ServiceTask_ReturnForRevision";

    // ---------------------------------------------------------------- sequence flows

    /** CISO approved ({@code ${cisoDecision == 'approve'}}). */
    public static final String FLOW_CISO_APPROVED = "Flow_CisoApproved";

    /** CISO returned ({@code ${cisoDecision == 'return'}}). */
    public static final String FLOW_CISO_RETURNED = "Flow_CisoReturned";

    /** Some residual risk needs top management ({@code ${topManagementRequired}}). */
    public static final String FLOW_TOP_MANAGEMENT_REQUIRED = "Flow_TopManagementRequired";

    /** No residual risk needs top management ({@code ${!topManagementRequired}}). */
    public static final String FLOW_TOP_MANAGEMENT_NOT_REQUIRED = "Flow_TopManagementNotRequired";

    /** Top management approved ({@code ${topManagementDecision == 'approve'}}). */
    public static final String FLOW_TOP_MANAGEMENT_APPROVED = "Flow_TopManagementApproved";

    /** Top management rejected ({@code ${topManagementDecision == 'reject'}}). */
    public static final String FLOW_TOP_MANAGEMENT_REJECTED = "Flow_TopManagementRejected";

    // ---------------------------------------------------------------- candidate groups

    /** Candidate group of {@link #TASK_REVIEW_BY_CISO}. */
    public static final String GROUP_CISO = "ciso";

    /** Candidate group of {@link #TASK_APPROVE_RESIDUAL_RISKS}. */
    public static final String GROUP_TOP_MANAGEMENT = "top-management";

    /** Candidate group of {@link #TASK_CONSOLIDATE_BY_OFFICE}. */
    public static final String GROUP_ISMS_OFFICE = "isms-office";

    /** Prefix of the candidate group of one department's heads: {@code dept-head:IT}. */
    public static final String GROUP_RISK_OWNER_PREFIX = "dept-head:";

    /**
     * Candidate group of a department task whose department has no head (or risks without a
     * department): the CISO, the next level of acceptance above the risk owner, so that nobody
     * from the office that prepared the list accepts its own work.
     */
    public static final String GROUP_RISK_OWNER_FALLBACK = GROUP_CISO;

    // ---------------------------------------------------------------- form keys

    /** Form key of {@link #TASK_CONFIRM_BY_DEPARTMENT}. */
    public static final String FORM_CONFIRM_BY_DEPARTMENT = "/app/tasks/confirm-department-risks.xhtml";

    /** Form key of {@link #TASK_CONSOLIDATE_BY_OFFICE}. */
    public static final String FORM_CONSOLIDATE_BY_OFFICE = "/app/tasks/consolidate-risk-assessment.xhtml";

    /** Form key of {@link #TASK_REVIEW_BY_CISO}. */
    public static final String FORM_REVIEW_BY_CISO = "/app/tasks/review-risk-assessment.xhtml";

    /** Form key of {@link #TASK_APPROVE_RESIDUAL_RISKS}. */
    public static final String FORM_APPROVE_RESIDUAL_RISKS = "/app/tasks/approve-residual-risks.xhtml";

    // ---------------------------------------------------------------- task priorities and due periods

    /** Priority of {@link #TASK_CONFIRM_BY_DEPARTMENT}. */
    public static final int PRIORITY_CONFIRM_BY_DEPARTMENT = 55;

    /** Priority of {@link #TASK_CONSOLIDATE_BY_OFFICE}. */
    public static final int PRIORITY_CONSOLIDATE_BY_OFFICE = 50;

    /** Priority of {@link #TASK_REVIEW_BY_CISO}. */
    public static final int PRIORITY_REVIEW_BY_CISO = 60;

    /** Priority of {@link #TASK_APPROVE_RESIDUAL_RISKS}. */
    public static final int PRIORITY_APPROVE_RESIDUAL_RISKS = 80;

    /** {@link #TASK_CONFIRM_BY_DEPARTMENT} is due this many days after it was created. */
    public static final int DUE_DAYS_CONFIRM_BY_DEPARTMENT = 7;

    /** {@link #TASK_CONSOLIDATE_BY_OFFICE} is due this many days after it was created. */
    public static final int DUE_DAYS_CONSOLIDATE_BY_OFFICE = 5;

    /** {@link #TASK_REVIEW_BY_CISO} is due this many days after it was created. */
    public static final int DUE_DAYS_REVIEW_BY_CISO = 5;

    /** {@link #TASK_APPROVE_RESIDUAL_RISKS} is due this many days after it was created. */
    public static final int DUE_DAYS_APPROVE_RESIDUAL_RISKS = 7;

    // ---------------------------------------------------------------- process variables

    /** Id of the risk assessment ({@link Long}); set at start. */
    public static final String VAR_ASSESSMENT_ID = "assessmentId";

    /** Username of the submitter ({@link String}); set at start and by the consolidation. */
    public static final String VAR_SUBMITTED_BY = "submittedBy";

    /**
     * Department codes whose risk owners confirm next ({@link String}, comma-separated): all
     * departments with risks at first, the departments an approver sent back after that.
     */
    public static final String VAR_DEPARTMENTS_TO_REVIEW = "departmentsToReview";

    /** The department code of one instance of {@link #TASK_CONFIRM_BY_DEPARTMENT} (element variable). */
    public static final String VAR_DEPARTMENT = "department";

    /** Task-local: true where the department has no head and {@link #GROUP_RISK_OWNER_FALLBACK} confirms. */
    public static final String VAR_RISK_OWNER_FALLBACK = "riskOwnerFallback";

    /** The comment of the latest return or rejection, shown in the departments' tasks ({@link String}). */
    public static final String VAR_RETURN_COMMENT = "returnComment";

    /** Whether some residual risk's level needs top management's acceptance ({@link Boolean}). */
    public static final String VAR_TOP_MANAGEMENT_REQUIRED = "topManagementRequired";

    /** Decision of the CISO: {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}. */
    public static final String VAR_CISO_DECISION = "cisoDecision";

    /** Decision of top management: {@link #DECISION_APPROVE} or {@link #DECISION_REJECT}. */
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    /** Department code of risks that belong to no department. */
    public static final String NO_DEPARTMENT = "-";

    // ---------------------------------------------------------------- decision values

    /** Approve (departments, CISO and top management). */
    public static final String DECISION_APPROVE = "approve";

    /** Return for revision (CISO only). */
    public static final String DECISION_RETURN = "return";

    /** Reject, i.e. return for revision (top management only). */
    public static final String DECISION_REJECT = "reject";

    // ---------------------------------------------------------------- bean names

    /** Named bean ({@code JavaDelegate}) setting {@link #VAR_DEPARTMENTS_TO_REVIEW} to every department with risks. */
    public static final String DELEGATE_PLAN_DEPARTMENTS = "planDepartmentReviews";

    /** Named bean ({@code JavaDelegate}) fixing the consolidated list as the one the approvers decide on. */
    public static final String DELEGATE_RESUBMIT = "resubmitRiskAssessment";

    /** Named bean ({@code JavaDelegate}) setting {@link #VAR_TOP_MANAGEMENT_REQUIRED} from the risk-level decision's acceptors. */
    public static final String DELEGATE_ROUTE_ACCEPTANCE = "routeResidualRiskAcceptance";

    /** Named bean ({@code JavaDelegate}) freezing the approved risk assessment. */
    public static final String DELEGATE_FREEZE = "freezeApprovedRiskAssessment";

    /** Named bean ({@code JavaDelegate}) putting the risk assessment back into revision. */
    public static final String DELEGATE_RETURN_FOR_REVISION = "returnRiskAssessmentForRevision";

    /**
     * Named bean with {@code List<String> departments(String commaSeparated)} (the multi-instance
     * collection) that is also the {@code TaskListener} (create) offering a department task to its risk owners.
     */
    public static final String BEAN_RISK_OWNERS = "riskOwners";

    private RiskAssessmentApproval() {
    }
}
