package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (ISMSの導入及び運用の承認, P⑨, {@value #RESOURCE}).
 *
 * <h2>Flow</h2>
 * <pre>
 * 申請 → ISMS導入・運用の承認 ─approve→ 承認を記録 → 承認済み
 *                 │ return
 *                 └──→ 差戻しを記録 → 差し戻し済み
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with the request number as business key ({@code MA-001}) and the variables
 *       {@link #VAR_AUTHORISATION_ID} ({@link Long}) and {@link #VAR_REQUESTED_BY} (username).</li>
 *   <li>Complete {@link #TASK_AUTHORISE} with {@link #VAR_TOP_MANAGEMENT_DECISION} = {@link #DECISION_APPROVE}
 *       or {@link #DECISION_RETURN}.</li>
 *   <li>No asynchronous continuations: the delegates run in the transaction that completes the task.</li>
 * </ul>
 */
public final class ManagementAuthorisation {

    public static final String PROCESS_KEY = "management-authorisation";
    public static final String RESOURCE = ProcessResources.FOLDER + "management-authorisation.bpmn";
    public static final String BUSINESS_KEY_PREFIX = "MA-";

    public static final String START_EVENT_REQUESTED = "StartEvent_Requested";
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_TopManagementDecision";
    public static final String END_EVENT_AUTHORISED = "EndEvent_Authorised";
    public static final String END_EVENT_RETURNED = "EndEvent_Returned";

    /** User task ISMS導入・運用の承認, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_AUTHORISE = "Task_AuthoriseIsms";

    public static final String SERVICE_TASK_RECORD_AUTHORISATION = "ServiceTask_RecordAuthorisation";
    public static final String SERVICE_TASK_RECORD_RETURN = "ServiceTask_RecordReturn";

    public static final String FLOW_AUTHORISED = "Flow_Authorised";
    public static final String FLOW_RETURNED = "Flow_Returned";

    public static final String GROUP_TOP_MANAGEMENT = "top-management";

    public static final String FORM_AUTHORISE = "/app/tasks/authorise-isms.xhtml";

    public static final String VAR_AUTHORISATION_ID = "authorisationId";
    public static final String VAR_REQUESTED_BY = "requestedBy";
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";

    /** Named bean ({@code JavaDelegate}) recording that top management authorised the request. */
    public static final String DELEGATE_AUTHORISE = "recordIsmsAuthorisation";

    /** Named bean ({@code JavaDelegate}) recording that top management returned the request. */
    public static final String DELEGATE_RETURN = "recordIsmsAuthorisationReturn";

    private ManagementAuthorisation() {
    }
}
