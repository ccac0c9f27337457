package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (審査機関選定の承認, {@value #RESOURCE}).
 *
 * <pre>
 * 提出 → CISOレビュー ─approve→ トップマネジメント承認 ─approve→ 選定を確定 → 選定済み
 *            │ return                     │ return
 *            └──────────→ 差戻し ←─────────┘ → 差し戻し済み
 * </pre>
 * Its own small process rather than {@code governance-approval}: that one versions documents and loops a
 * revision task; a selection is one decision on a comparison of quotes, returned selections are edited on the
 * bodies page and submitted again (a new instance). Start with {@link #VAR_SELECTION_ID} and
 * {@link #VAR_SUBMITTED_BY}; decisions {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}.
 */
public final class CertificationBodySelection {

    public static final String PROCESS_KEY = "certification-body-selection";
    public static final String RESOURCE = ProcessResources.FOLDER + "certification-body-selection.bpmn";

    public static final String START_EVENT_SUBMITTED = "StartEvent_SelectionSubmitted";
    public static final String GATEWAY_CISO_DECISION = "Gateway_CisoDecision";
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_TopManagementDecision";
    public static final String TASK_REVIEW_BY_CISO = "Task_ReviewSelectionByCiso";
    public static final String TASK_APPROVE_BY_TOP_MANAGEMENT = "Task_ApproveSelection";
    public static final String SERVICE_TASK_CONFIRM = "ServiceTask_ConfirmSelection";
    public static final String SERVICE_TASK_RETURN = "ServiceTask_ReturnSelection";
    public static final String END_EVENT_APPROVED = "EndEvent_SelectionApproved";
    public static final String END_EVENT_RETURNED = "EndEvent_SelectionReturned";

    public static final String GROUP_CISO = "ciso";
    public static final String GROUP_TOP_MANAGEMENT = "top-management";
    public static final String FORM_DECIDE = "/app/tasks/decide-body-selection.xhtml";

    public static final String VAR_SELECTION_ID = "selectionId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_CISO_DECISION = "cisoDecision";
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";

    public static final String DELEGATE_CONFIRM = "confirmBodySelection";
    public static final String DELEGATE_RETURN = "returnBodySelection";

    private CertificationBodySelection() {
    }
}
