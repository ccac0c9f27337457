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
 * 提出 → CISOレビュー ─approve→ 残留リスクの承認 ─approve→ 承認済みとして凍結 → 承認済み
 *            │ return                  │ reject
 *            └──────────→ 差戻し ←──────┘
 *                          ↓
 *                      修正・再提出 → 再提出 → CISOレビュー
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with business key like {@code RA-2026-01} and the variables
 *       {@link #VAR_ASSESSMENT_ID} ({@link Long}) and {@link #VAR_SUBMITTED_BY}
 *       (username, {@link String}).</li>
 *   <li>Complete {@link #TASK_REVIEW_BY_CISO} with {@link #VAR_CISO_DECISION} =
 *       {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}.</li>
 *   <li>Complete {@link #TASK_APPROVE_RESIDUAL_RISKS} with
 *       {@link #VAR_TOP_MANAGEMENT_DECISION} = {@link #DECISION_APPROVE} or
 *       {@link #DECISION_REJECT}. Any other value makes the completion fail
 *       (the gateways have no default flow).</li>
 *   <li>Complete {@link #TASK_REVISE_RISK_ASSESSMENT} without variables.</li>
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

    /** Exclusive gateway after the top-management approval. */
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_TopManagementDecision";

    /** End event 承認済み. */
    public static final String END_EVENT_APPROVED = "EndEvent_Approved";

    // ---------------------------------------------------------------- user tasks (task definition keys)

    /** User task CISOレビュー, candidate group {@value #GROUP_CISO}. */
    public static final String TASK_REVIEW_BY_CISO = "Task_ReviewByCiso";

    /** User task 残留リスクの承認, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_APPROVE_RESIDUAL_RISKS = "Task_ApproveResidualRisks";

    /** User task 修正・再提出, candidate group {@value #GROUP_ISMS_OFFICE}. */
    public static final String TASK_REVISE_RISK_ASSESSMENT = "Task_ReviseRiskAssessment";

    // ---------------------------------------------------------------- service tasks

    /** Service task 承認済みとして凍結, calls {@value #DELEGATE_FREEZE}. */
    public static final String SERVICE_TASK_FREEZE_ASSESSMENT = "ServiceTask_FreezeAssessment";

    /** Service task 差戻し, calls {@value #DELEGATE_RETURN_FOR_REVISION}. */
    public static final String SERVICE_TASK_RETURN_FOR_REVISION = "ServiceTask_ReturnForRevision";

    /** Service task 再提出, calls {@value #DELEGATE_RESUBMIT}. */
    public static final String SERVICE_TASK_RESUBMIT = "ServiceTask_Resubmit";

    // ---------------------------------------------------------------- sequence flows

    /** CISO approved ({@code ${cisoDecision == 'approve'}}). */
    public static final String FLOW_CISO_APPROVED = "Flow_CisoApproved";

    /** CISO returned ({@code ${cisoDecision == 'return'}}). */
    public static final String FLOW_CISO_RETURNED = "Flow_CisoReturned";

    /** Top management approved ({@code ${topManagementDecision == 'approve'}}). */
    public static final String FLOW_TOP_MANAGEMENT_APPROVED = "Flow_TopManagementApproved";

    /** Top management rejected ({@code ${topManagementDecision == 'reject'}}). */
    public static final String FLOW_TOP_MANAGEMENT_REJECTED = "Flow_TopManagementRejected";

    // ---------------------------------------------------------------- candidate groups

    /** Candidate group of {@link #TASK_REVIEW_BY_CISO}. */
    public static final String GROUP_CISO = "ciso";

    /** Candidate group of {@link #TASK_APPROVE_RESIDUAL_RISKS}. */
    public static final String GROUP_TOP_MANAGEMENT = "top-management";

    /** Candidate group of {@link #TASK_REVISE_RISK_ASSESSMENT}. */
    public static final String GROUP_ISMS_OFFICE = "isms-office";

    // ---------------------------------------------------------------- form keys

    /** Form key of {@link #TASK_REVIEW_BY_CISO}. */
    public static final String FORM_REVIEW_BY_CISO = "/app/tasks/review-risk-assessment.xhtml";

    /** Form key of {@link #TASK_APPROVE_RESIDUAL_RISKS}. */
    public static final String FORM_APPROVE_RESIDUAL_RISKS = "/app/tasks/approve-residual-risks.xhtml";

    /** Form key of {@link #TASK_REVISE_RISK_ASSESSMENT}. */
    public static final String FORM_REVISE_RISK_ASSESSMENT = "/app/tasks/revise-risk-assessment.xhtml";

    // ---------------------------------------------------------------- task priorities and due periods

    /** Priority of {@link #TASK_REVIEW_BY_CISO}. */
    public static final int PRIORITY_REVIEW_BY_CISO = 60;

    /** Priority of {@link #TASK_APPROVE_RESIDUAL_RISKS}. */
    public static final int PRIORITY_APPROVE_RESIDUAL_RISKS = 80;

    /** Priority of {@link #TASK_REVISE_RISK_ASSESSMENT}. */
    public static final int PRIORITY_REVISE_RISK_ASSESSMENT = 50;

    /** {@link #TASK_REVIEW_BY_CISO} is due this many days after it was created. */
    public static final int DUE_DAYS_REVIEW_BY_CISO = 5;

    /** {@link #TASK_APPROVE_RESIDUAL_RISKS} is due this many days after it was created. */
    public static final int DUE_DAYS_APPROVE_RESIDUAL_RISKS = 7;

    /** {@link #TASK_REVISE_RISK_ASSESSMENT} is due this many days after it was created. */
    public static final int DUE_DAYS_REVISE_RISK_ASSESSMENT = 10;

    // ---------------------------------------------------------------- process variables

    /** Id of the risk assessment ({@link Long}); set at start. */
    public static final String VAR_ASSESSMENT_ID = "assessmentId";

    /** Username of the submitter ({@link String}); set at start. */
    public static final String VAR_SUBMITTED_BY = "submittedBy";

    /** Decision of the CISO: {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}. */
    public static final String VAR_CISO_DECISION = "cisoDecision";

    /** Decision of top management: {@link #DECISION_APPROVE} or {@link #DECISION_REJECT}. */
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    // ---------------------------------------------------------------- decision values

    /** Approve (CISO and top management). */
    public static final String DECISION_APPROVE = "approve";

    /** Return for revision (CISO only). */
    public static final String DECISION_RETURN = "return";

    /** Reject, i.e. return for revision (top management only). */
    public static final String DECISION_REJECT = "reject";

    // ---------------------------------------------------------------- delegate bean names

    /** Named bean ({@code JavaDelegate}) freezing the approved risk assessment. */
    public static final String DELEGATE_FREEZE = "freezeApprovedRiskAssessment";

    /** Named bean ({@code JavaDelegate}) putting the risk assessment back into revision. */
    public static final String DELEGATE_RETURN_FOR_REVISION = "returnRiskAssessmentForRevision";

    /** Named bean ({@code JavaDelegate}) marking the revised risk assessment as resubmitted. */
    public static final String DELEGATE_RESUBMIT = "resubmitRiskAssessment";

    private RiskAssessmentApproval() {
    }
}
