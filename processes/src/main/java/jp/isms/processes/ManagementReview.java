package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (マネジメントレビュー, C⑥ / clause 9.3, {@value #RESOURCE}).
 *
 * <h2>Flow</h2>
 * <pre>
 * 議事録の提出 → 議事録の署名 ─sign→ 署名を記録 → 処置の実施 (one task per output action, its owner) → 処置完了
 *                    │ return
 *                    └──→ 差戻しを記録 → 差し戻し済み (the office edits the minutes and submits again)
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with the review number as business key ({@code MR-2026-01}) and the variables
 *       {@link #VAR_REVIEW_ID} ({@link Long}) and {@link #VAR_SUBMITTED_BY} (username).</li>
 *   <li>Complete {@link #TASK_SIGN_MINUTES} with {@link #VAR_TOP_MANAGEMENT_DECISION} = {@link #DECISION_APPROVE}
 *       or {@link #DECISION_RETURN}.</li>
 *   <li>Signed minutes' output actions: the bean {@value #BEAN_ACTIONS} gives their keys
 *       ({@code keysOf(reviewId)}) and owners ({@code ownerOf(actionKey)}); each becomes a task assigned to its owner,
 *       with the local variable {@link #VAR_ACTION_KEY}; its completion calls {@value #DELEGATE_ACTION_DONE}
 *       (a task listener).</li>
 *   <li>No asynchronous continuations: the delegates run in the transaction that completes the task.</li>
 * </ul>
 */
public final class ManagementReview {

    public static final String PROCESS_KEY = "management-review";
    public static final String RESOURCE = ProcessResources.FOLDER + "management-review.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "MR-";

    public static final String START_EVENT_SUBMITTED = "StartEvent_MinutesSubmitted";
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_TopManagementDecision";
    public static final String END_EVENT_ACTIONS_COMPLETED = "EndEvent_ActionsCompleted";
    public static final String END_EVENT_RETURNED = "EndEvent_Returned";

    /** User task 議事録の署名, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_SIGN_MINUTES = "Task_SignMinutes";

    /** Multi-instance user task, one per output action, assigned to the action's owner. */
    public static final String TASK_COMPLETE_ACTION = "Task_CompleteReviewAction";

    public static final String SERVICE_TASK_RECORD_SIGNATURE = "ServiceTask_RecordSignature";
    public static final String SERVICE_TASK_RECORD_RETURN = "ServiceTask_RecordReturn";

    public static final String GROUP_TOP_MANAGEMENT = "top-management";

    public static final String FORM_SIGN_MINUTES = "/app/tasks/sign-review-minutes.xhtml";
    public static final String FORM_COMPLETE_ACTION = "/app/tasks/review-action.xhtml";

    public static final String VAR_REVIEW_ID = "reviewId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";
    public static final String VAR_ACTION_KEY = "actionKey";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";

    /** Named bean with {@code keysOf(Long reviewId)} and {@code ownerOf(String actionKey)}. */
    public static final String BEAN_ACTIONS = "reviewActions";

    /** Named bean ({@code JavaDelegate}) recording top management's signature. */
    public static final String DELEGATE_SIGN = "recordReviewSignature";

    /** Named bean ({@code JavaDelegate}) recording that top management returned the minutes. */
    public static final String DELEGATE_RETURN = "recordReviewReturn";

    /** Named bean ({@code TaskListener}) recording that an output action is done. */
    public static final String DELEGATE_ACTION_DONE = "recordReviewActionDone";

    private ManagementReview() {
    }
}
