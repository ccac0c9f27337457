package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (是正処置, clause 10.2, {@value #RESOURCE}): one nonconformity —
 * from an internal audit, a certification audit or an incident — from its correction to its verified closure.
 *
 * <h2>Flow</h2>
 * <pre>
 * 不適合 → 修正 → 原因分析(なぜなぜ) → 処置計画 → 計画の承認 ─approve→ 計画承認を記録 → 処置の実施 → 有効性の確認 ─effective→ 完了 → 完了
 *                               ↑           │ return                 ↑   ⏰ overdue (non-interrupting)        │ reopenPlan / reopenImplementation
 *                               ├── 差戻し ←─┘                        │   └→ 期限超過を記録 → CISOへのエスカレーション → 確認済み
 *                               └───────────────── 再開(計画へ) ←──────┼──────────────────────────────────────────────────┤
 *                                                  再開(実施へ) ───────┘←─────────────────────────────────────────────────┘
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with the action number as business key ({@code CA-2026-001}) and {@link #VAR_ACTION_ID} (Long),
 *       {@link #VAR_ACTION_NO} and {@link #VAR_RESPONSIBLE_GROUP} (the candidate group of correction, root cause
 *       and plan: the department's heads, or the ISMS office).</li>
 *   <li>{@link #TASK_ACTION_PLAN} completes with {@link #VAR_OWNER}, {@link #VAR_DUE_DATE}, {@link #VAR_FOLLOW_UP_DATE},
 *       {@link #VAR_OVERDUE_AT} (Dates) and {@link #VAR_SUBMITTED_BY}; {@link #TASK_APPROVE_PLAN} with
 *       {@link #VAR_PLAN_DECISION} = approve / return; {@link #TASK_IMPLEMENT} (assigned to the owner) with
 *       {@link #VAR_SUBMITTED_BY} = the implementer; {@link #TASK_VERIFY} with {@link #VAR_VERIFICATION_DECISION} =
 *       effective / reopenPlan / reopenImplementation. Gateways have no default flow: any other value fails.</li>
 *   <li>{@link #VAR_SUBMITTED_BY} always names who submitted the work now being decided, so the application can
 *       refuse the planner's own approval and the implementer's own verification.</li>
 *   <li>No asynchronous continuations; only the overdue timer runs as a job.</li>
 * </ul>
 */
public final class CorrectiveAction {

    public static final String PROCESS_KEY = "corrective-action";
    public static final String RESOURCE = ProcessResources.FOLDER + "corrective-action.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "CA-";

    public static final String START_EVENT_RAISED = "StartEvent_NonconformityRaised";
    public static final String GATEWAY_PLAN_DECISION = "Gateway_PlanDecision";
    public static final String GATEWAY_VERIFICATION = "Gateway_Verification";
    public static final String END_EVENT_CLOSED = "EndEvent_Closed";
    public static final String END_EVENT_ESCALATED = "EndEvent_EscalationAcknowledged";

    /** Non-interrupting timer on {@link #TASK_IMPLEMENT} at {@link #VAR_OVERDUE_AT}. */
    public static final String BOUNDARY_OVERDUE = "BoundaryEvent_Overdue";

    /** User task 修正 (immediate fix), candidate group {@code ${responsibleGroup}}. */
    public static final String TASK_CORRECTION = "Task_Correction";
    /** User task 原因分析 (why-why), candidate group {@code ${responsibleGroup}}. */
    public static final String TASK_ROOT_CAUSE = "Task_RootCause";
    /** User task 処置計画 (plan, owner, due date), candidate group {@code ${responsibleGroup}}. */
    public static final String TASK_ACTION_PLAN = "Task_ActionPlan";
    /** User task 処置計画の承認, candidate group {@value #GROUP_ISMS_OFFICE}. */
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    /** User task 処置の実施, assigned to {@code ${owner}}, due {@code ${dueDate}}, follow-up {@code ${followUpDate}}. */
    public static final String TASK_IMPLEMENT = "Task_Implement";
    /** User task 期限超過のエスカレーション, candidate group {@value #GROUP_CISO}. */
    public static final String TASK_ESCALATION = "Task_OverdueEscalation";
    /** User task 有効性の確認, candidate groups {@value #GROUPS_VERIFIERS}. */
    public static final String TASK_VERIFY = "Task_VerifyEffectiveness";

    public static final String SERVICE_TASK_APPROVE_PLAN = "ServiceTask_RecordPlanApproval";
    public static final String SERVICE_TASK_RETURN_PLAN = "ServiceTask_RecordPlanReturn";
    public static final String SERVICE_TASK_RECORD_OVERDUE = "ServiceTask_RecordOverdue";
    public static final String SERVICE_TASK_REOPEN_PLAN = "ServiceTask_ReopenPlan";
    public static final String SERVICE_TASK_REOPEN_IMPLEMENTATION = "ServiceTask_ReopenImplementation";
    public static final String SERVICE_TASK_CLOSE = "ServiceTask_Close";

    public static final String GROUP_ISMS_OFFICE = "isms-office";
    public static final String GROUP_CISO = "ciso";
    public static final String GROUPS_VERIFIERS = "isms-office,internal-auditor";

    /** Every user task of the process opens the same form, which shows the step the task is at. */
    public static final String FORM = "/app/tasks/corrective-action.xhtml";

    public static final String VAR_ACTION_ID = "actionId";
    public static final String VAR_ACTION_NO = "actionNo";
    public static final String VAR_RESPONSIBLE_GROUP = "responsibleGroup";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_OWNER = "owner";
    public static final String VAR_DUE_DATE = "dueDate";
    public static final String VAR_FOLLOW_UP_DATE = "followUpDate";
    public static final String VAR_OVERDUE_AT = "overdueAt";
    public static final String VAR_PLAN_DECISION = "planDecision";
    public static final String VAR_VERIFICATION_DECISION = "verificationDecision";
    public static final String VAR_DECIDED_BY = "decidedBy";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";
    public static final String VERIFICATION_EFFECTIVE = "effective";
    public static final String VERIFICATION_REOPEN_PLAN = "reopenPlan";
    public static final String VERIFICATION_REOPEN_IMPLEMENTATION = "reopenImplementation";

    /** Named beans ({@code JavaDelegate}) of the service tasks. */
    public static final String DELEGATE_APPROVE_PLAN = "approveCorrectiveActionPlan";
    public static final String DELEGATE_RETURN_PLAN = "returnCorrectiveActionPlan";
    public static final String DELEGATE_RECORD_OVERDUE = "recordCorrectiveActionOverdue";
    public static final String DELEGATE_REOPEN = "reopenCorrectiveAction";
    public static final String DELEGATE_CLOSE = "closeCorrectiveAction";

    private CorrectiveAction() {
    }
}
