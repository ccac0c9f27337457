package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (ISMSプロジェクトキックオフ, {@value #RESOURCE}): top management's
 * commitment to a certification project (PJ準備), shared between the model and the Java code in one place. The
 * process tests check that these constants match the model.
 *
 * <h2>Flow</h2>
 * <pre>
 * 提出 → キックオフの承認 ─approve→ ベースライン化 → 承認済み
 *              │ return (comment required)
 *              ↓
 *            差戻し → 修正・再提出 → 再提出 → キックオフの承認
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with the project's key as business key (e.g. {@code PJ-2026-01}) and the variables
 *       {@link #VAR_PROJECT_ID} ({@link Long}) and {@link #VAR_SUBMITTED_BY} (username).</li>
 *   <li>Complete {@link #TASK_APPROVE_KICKOFF} with {@link #VAR_TOP_MANAGEMENT_DECISION} =
 *       {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}; any other value fails the completion.</li>
 *   <li>Complete {@link #TASK_REVISE_KICKOFF} with {@link #VAR_SUBMITTED_BY} = who resubmits.</li>
 *   <li>No asynchronous continuations: the delegates run in the transaction that completes the task.</li>
 * </ul>
 */
public final class IsmsKickoff {

    public static final String PROCESS_KEY = "isms-kickoff";
    public static final String RESOURCE = ProcessResources.FOLDER + "isms-kickoff.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "PJ-";

    public static final String START_EVENT_SUBMITTED = "StartEvent_KickoffSubmitted";
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_KickoffDecision";
    public static final String END_EVENT_APPROVED = "EndEvent_KickoffApproved";

    /** User task キックオフの承認, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_APPROVE_KICKOFF = "Task_ApproveKickoff";

    /** User task キックオフの修正・再提出, candidate group {@value #GROUP_ISMS_OFFICE}. */
    public static final String TASK_REVISE_KICKOFF = "Task_ReviseKickoff";

    public static final String SERVICE_TASK_BASELINE = "ServiceTask_BaselineSchedule";
    public static final String SERVICE_TASK_RETURN = "ServiceTask_ReturnKickoff";
    public static final String SERVICE_TASK_RESUBMIT = "ServiceTask_ResubmitKickoff";

    public static final String FLOW_APPROVED = "Flow_KickoffApproved";
    public static final String FLOW_RETURNED = "Flow_KickoffReturned";

    public static final String GROUP_TOP_MANAGEMENT = "top-management";
    public static final String GROUP_ISMS_OFFICE = "isms-office";

    public static final String FORM_APPROVE_KICKOFF = "/app/tasks/approve-kickoff.xhtml";
    public static final String FORM_REVISE_KICKOFF = "/app/tasks/revise-kickoff.xhtml";

    public static final int PRIORITY_APPROVE_KICKOFF = 80;
    public static final int PRIORITY_REVISE_KICKOFF = 50;
    public static final int DUE_DAYS_APPROVE_KICKOFF = 7;
    public static final int DUE_DAYS_REVISE_KICKOFF = 10;

    /** Id of the certification project ({@link Long}); set at start. */
    public static final String VAR_PROJECT_ID = "projectId";

    /** Username of whoever submitted last ({@link String}); set at start and by each resubmission. */
    public static final String VAR_SUBMITTED_BY = "submittedBy";

    /** Top management's decision: {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}. */
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";

    /** Named bean ({@code JavaDelegate}) approving the project and freezing its schedule as the baseline. */
    public static final String DELEGATE_BASELINE = "baselineKickoffSchedule";

    /** Named bean ({@code JavaDelegate}) putting the project back into revision. */
    public static final String DELEGATE_RETURN = "returnKickoffForRevision";

    /** Named bean ({@code JavaDelegate}) marking the revised project as submitted again. */
    public static final String DELEGATE_RESUBMIT = "resubmitKickoff";

    private IsmsKickoff() {
    }
}
