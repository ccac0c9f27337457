package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (適用宣言書の承認, {@value #RESOURCE}).
 *
 * <h2>Flow</h2>
 * <pre>
 * 提出 → CISOレビュー ─approve→ トップマネジメント承認 ─approve→ 承認済みとして凍結 → 承認済み
 *            │ return                     │ return
 *            └──────────→ 差戻し ←─────────┘ → 差し戻し済み
 * </pre>
 * A returned statement is editable again; the ISMS office submits it again, which starts a new instance.
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with the business key {@code ISMS-SOA} and the variables {@link #VAR_SOA_ID} ({@link Long}) and
 *       {@link #VAR_SUBMITTED_BY} (username).</li>
 *   <li>Complete {@link #TASK_REVIEW_BY_CISO} with {@link #VAR_CISO_DECISION} and
 *       {@link #TASK_APPROVE_BY_TOP_MANAGEMENT} with {@link #VAR_TOP_MANAGEMENT_DECISION}, each
 *       {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}; any other value fails (no default flows).</li>
 *   <li>No asynchronous continuations: the delegates run in the transaction that completes the task.</li>
 * </ul>
 */
public final class SoaApproval {

    public static final String PROCESS_KEY = "soa-approval";
    public static final String RESOURCE = ProcessResources.FOLDER + "soa-approval.bpmn";

    public static final String START_EVENT_SUBMITTED = "StartEvent_Submitted";
    public static final String GATEWAY_CISO_DECISION = "Gateway_CisoDecision";
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_TopManagementDecision";
    public static final String END_EVENT_APPROVED = "EndEvent_Approved";
    public static final String END_EVENT_RETURNED = "EndEvent_Returned";

    /** User task CISOレビュー, candidate group {@value #GROUP_CISO}. */
    public static final String TASK_REVIEW_BY_CISO = "Task_ReviewSoaByCiso";

    /** User task 適用宣言書の承認, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_APPROVE_BY_TOP_MANAGEMENT = "Task_ApproveSoa";

    public static final String SERVICE_TASK_FREEZE = "ServiceTask_FreezeSoa";
    public static final String SERVICE_TASK_RETURN = "ServiceTask_ReturnSoa";

    public static final String FLOW_CISO_APPROVED = "Flow_CisoApproved";
    public static final String FLOW_CISO_RETURNED = "Flow_CisoReturned";
    public static final String FLOW_TOP_MANAGEMENT_APPROVED = "Flow_TopManagementApproved";
    public static final String FLOW_TOP_MANAGEMENT_RETURNED = "Flow_TopManagementReturned";

    public static final String GROUP_CISO = "ciso";
    public static final String GROUP_TOP_MANAGEMENT = "top-management";

    /** Both tasks use the same form: the statement, its history and the decision. */
    public static final String FORM_DECIDE = "/app/tasks/decide-soa.xhtml";

    public static final String VAR_SOA_ID = "soaId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_CISO_DECISION = "cisoDecision";
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";

    /** Named bean ({@code JavaDelegate}) freezing the approved statement. */
    public static final String DELEGATE_FREEZE = "freezeApprovedSoa";

    /** Named bean ({@code JavaDelegate}) making the returned statement editable again. */
    public static final String DELEGATE_RETURN = "returnSoaForRevision";

    private SoaApproval() {
    }
}
