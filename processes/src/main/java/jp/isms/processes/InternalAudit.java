package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (内部監査, C⑤, clause 9.2, {@value #RESOURCE}).
 *
 * <h2>Flow</h2>
 * <pre>
 * 計画の申請 → 監査計画の承認 (CISO) ─approve→ 計画承認を記録 → 監査の実施 (監査員) → 報告書の提出を記録
 *                 ↑        │ return                                  → 監査報告のレビュー (トップ) → レビューを記録 → 完了
 *                 │        └→ 差戻しを記録 → 監査計画の修正 (監査員) ┘
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with the audit number as business key ({@code IA-2026-1}) and {@link #VAR_AUDIT_ID} ({@link Long}),
 *       {@link #VAR_SUBMITTED_BY} (the lead auditor who submitted the plan).</li>
 *   <li>Complete {@link #TASK_APPROVE_PLAN} with {@link #VAR_PLAN_DECISION} = {@link #DECISION_APPROVE} or
 *       {@link #DECISION_RETURN}; {@link #TASK_REVISE_PLAN} and {@link #TASK_CONDUCT_AUDIT} are completed by the
 *       audit's own service (resubmitting the plan, submitting the report), which checks who is the lead auditor;
 *       {@link #TASK_REVIEW_REPORT} with {@link #VAR_REVIEW_COMMENT} (top management's comments).</li>
 *   <li>No asynchronous continuations: the delegates run in the transaction that completes the task.</li>
 * </ul>
 */
public final class InternalAudit {

    public static final String PROCESS_KEY = "internal-audit";
    public static final String RESOURCE = ProcessResources.FOLDER + "internal-audit.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "IA-";

    public static final String START_EVENT_PLAN_SUBMITTED = "StartEvent_PlanSubmitted";
    public static final String GATEWAY_PLAN_DECISION = "Gateway_PlanDecision";
    public static final String GATEWAY_PLAN_SUBMITTED = "Gateway_PlanSubmitted";
    public static final String END_EVENT_REVIEWED = "EndEvent_Reviewed";

    /** User task 監査計画の承認, candidate group {@value #GROUP_CISO}. */
    public static final String TASK_APPROVE_PLAN = "Task_ApproveAuditPlan";
    /** User task 監査計画の修正, candidate group {@value #GROUP_INTERNAL_AUDITOR}. */
    public static final String TASK_REVISE_PLAN = "Task_ReviseAuditPlan";
    /** User task 監査の実施と報告, candidate group {@value #GROUP_INTERNAL_AUDITOR}. */
    public static final String TASK_CONDUCT_AUDIT = "Task_ConductAudit";
    /** User task 監査報告のレビュー, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_REVIEW_REPORT = "Task_ReviewAuditReport";

    public static final String SERVICE_TASK_RECORD_PLAN_APPROVAL = "ServiceTask_RecordPlanApproval";
    public static final String SERVICE_TASK_RECORD_PLAN_RETURN = "ServiceTask_RecordPlanReturn";
    public static final String SERVICE_TASK_RECORD_REVIEW = "ServiceTask_RecordReview";

    public static final String GROUP_CISO = "ciso";
    public static final String GROUP_INTERNAL_AUDITOR = "internal-auditor";
    public static final String GROUP_TOP_MANAGEMENT = "top-management";

    public static final String FORM_APPROVE_PLAN = "/app/tasks/approve-audit-plan.xhtml";
    public static final String FORM_AUDIT = "/app/audit/audit.xhtml";
    public static final String FORM_REVIEW_REPORT = "/app/tasks/review-audit-report.xhtml";

    public static final String VAR_AUDIT_ID = "auditId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_PLAN_DECISION = "planDecision";
    public static final String VAR_DECIDED_BY = "decidedBy";
    public static final String VAR_REVIEW_COMMENT = "reviewComment";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";

    /** Named bean ({@code JavaDelegate}) recording the CISO's approval of the plan. */
    public static final String DELEGATE_APPROVE_PLAN = "recordAuditPlanApproval";
    /** Named bean ({@code JavaDelegate}) recording that the CISO returned the plan. */
    public static final String DELEGATE_RETURN_PLAN = "recordAuditPlanReturn";
    /** Named bean ({@code JavaDelegate}) recording top management's review of the report. */
    public static final String DELEGATE_RECORD_REVIEW = "recordAuditReportReview";

    private InternalAudit() {
    }
}
