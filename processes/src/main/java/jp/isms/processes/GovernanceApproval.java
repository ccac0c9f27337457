package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (ガバナンス文書の承認, {@value #RESOURCE}):
 * the approval of one version of a governance document — the ISMS scope (適用範囲, clause 4.3) or
 * the information security policy (情報セキュリティ方針, clause 5.2).
 *
 * <p>One model serves both documents because they differ only in the approver chain: the scope
 * is reviewed by the CISO before top management approves it, the policy goes to top management
 * directly. The chain is the start variable {@link #VAR_CISO_REVIEW}; the document is named by
 * {@link #VAR_DOCUMENT_TYPE} and {@link #VAR_DOCUMENT_ID}, so the delegates know whom to call.
 *
 * <h2>Flow</h2>
 * <pre>
 * 提出 → CISOレビュー要否 ─yes→ CISOレビュー ─approve→ トップマネジメントの承認 ─approve→ 承認済みとして確定 → 承認済み
 *            │ no                  │ return            ↑  │ reject
 *            └─────────────────────┼───────────────────┘  │
 *                                  └──────→ 差戻し ←────────┘
 *                                             ↓
 *                                        修正・再提出 → 再提出 → CISOレビュー要否
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Start with a business key like {@code SCOPE-v2} or {@code POLICY-v1} and the variables
 *       {@link #VAR_DOCUMENT_TYPE} ({@link #DOCUMENT_SCOPE} or {@link #DOCUMENT_POLICY}),
 *       {@link #VAR_DOCUMENT_ID} ({@link Long}), {@link #VAR_SUBMITTED_BY} (username) and
 *       {@link #VAR_CISO_REVIEW} ({@link Boolean}).</li>
 *   <li>Complete {@link #TASK_REVIEW_BY_CISO} with {@link #VAR_CISO_DECISION} = {@link #DECISION_APPROVE}
 *       or {@link #DECISION_RETURN}; {@link #TASK_APPROVE_BY_TOP_MANAGEMENT} with
 *       {@link #VAR_TOP_MANAGEMENT_DECISION} = {@link #DECISION_APPROVE} or {@link #DECISION_REJECT};
 *       {@link #TASK_REVISE} without variables. Gateways have no default flow: any other value fails.</li>
 *   <li>No asynchronous continuations: a task completion and the following delegate share the
 *       caller's transaction.</li>
 * </ul>
 */
public final class GovernanceApproval {

    /** Process definition key. */
    public static final String PROCESS_KEY = "governance-approval";

    /** Classpath resource name of the BPMN model. */
    public static final String RESOURCE = ProcessResources.FOLDER + "governance-approval.bpmn";

    // ---------------------------------------------------------------- events and gateways

    /** Start event 提出. */
    public static final String START_EVENT_SUBMITTED = "StartEvent_DocumentSubmitted";

    /** Exclusive gateway: does the CISO review this document before top management? */
    public static final String GATEWAY_CISO_REVIEW_REQUIRED = "Gateway_CisoReviewRequired";

    /** Exclusive gateway after the CISO review. */
    public static final String GATEWAY_CISO_DECISION = "Gateway_DocumentCisoDecision";

    /** Exclusive gateway after the top-management approval. */
    public static final String GATEWAY_TOP_MANAGEMENT_DECISION = "Gateway_DocumentTopManagementDecision";

    /** End event 承認済み. */
    public static final String END_EVENT_APPROVED = "EndEvent_DocumentApproved";

    // ---------------------------------------------------------------- user tasks

    /** User task CISOレビュー, candidate group {@value #GROUP_CISO}. */
    public static final String TASK_REVIEW_BY_CISO = "Task_ReviewDocumentByCiso";

    /** User task トップマネジメントの承認, candidate group {@value #GROUP_TOP_MANAGEMENT}. */
    public static final String TASK_APPROVE_BY_TOP_MANAGEMENT = "Task_ApproveDocument";

    /** User task 修正・再提出, candidate group {@value #GROUP_ISMS_OFFICE}. */
    public static final String TASK_REVISE = "Task_ReviseDocument";

    // ---------------------------------------------------------------- service tasks

    /** Service task 承認済みとして確定, calls {@value #DELEGATE_APPROVE}. */
    public static final String SERVICE_TASK_APPROVE = "ServiceTask_ApproveDocument";

    /** Service task 差戻し, calls {@value #DELEGATE_RETURN}. */
    public static final String SERVICE_TASK_RETURN = "ServiceTask_ReturnDocument";

    /** Service task 再提出, calls {@value #DELEGATE_RESUBMIT}. */
    public static final String SERVICE_TASK_RESUBMIT = "ServiceTask_ResubmitDocument";

    // ---------------------------------------------------------------- sequence flows

    /** The CISO reviews first ({@code ${cisoReview == true}}). */
    public static final String FLOW_TO_CISO_REVIEW = "Flow_ToCisoReview";

    /** Straight to top management ({@code ${cisoReview == false}}). */
    public static final String FLOW_STRAIGHT_TO_TOP_MANAGEMENT = "Flow_StraightToTopManagement";

    /** CISO approved. */
    public static final String FLOW_CISO_APPROVED = "Flow_DocumentCisoApproved";

    /** CISO returned. */
    public static final String FLOW_CISO_RETURNED = "Flow_DocumentCisoReturned";

    /** Top management approved. */
    public static final String FLOW_TOP_MANAGEMENT_APPROVED = "Flow_DocumentTopManagementApproved";

    /** Top management rejected. */
    public static final String FLOW_TOP_MANAGEMENT_REJECTED = "Flow_DocumentTopManagementRejected";

    // ---------------------------------------------------------------- candidate groups

    /** Candidate group of {@link #TASK_REVIEW_BY_CISO}. */
    public static final String GROUP_CISO = RiskAssessmentApproval.GROUP_CISO;

    /** Candidate group of {@link #TASK_APPROVE_BY_TOP_MANAGEMENT}. */
    public static final String GROUP_TOP_MANAGEMENT = RiskAssessmentApproval.GROUP_TOP_MANAGEMENT;

    /** Candidate group of {@link #TASK_REVISE}. */
    public static final String GROUP_ISMS_OFFICE = RiskAssessmentApproval.GROUP_ISMS_OFFICE;

    // ---------------------------------------------------------------- form keys

    /** Form key of {@link #TASK_REVIEW_BY_CISO}. */
    public static final String FORM_REVIEW_BY_CISO = "/app/tasks/review-governance-document.xhtml";

    /** Form key of {@link #TASK_APPROVE_BY_TOP_MANAGEMENT}. */
    public static final String FORM_APPROVE_BY_TOP_MANAGEMENT = "/app/tasks/approve-governance-document.xhtml";

    /** Form key of {@link #TASK_REVISE}. */
    public static final String FORM_REVISE = "/app/tasks/revise-governance-document.xhtml";

    // ---------------------------------------------------------------- priorities and due periods

    /** Priority of {@link #TASK_REVIEW_BY_CISO}. */
    public static final int PRIORITY_REVIEW_BY_CISO = 60;

    /** Priority of {@link #TASK_APPROVE_BY_TOP_MANAGEMENT}. */
    public static final int PRIORITY_APPROVE_BY_TOP_MANAGEMENT = 80;

    /** Priority of {@link #TASK_REVISE}. */
    public static final int PRIORITY_REVISE = 50;

    /** {@link #TASK_REVIEW_BY_CISO} is due this many days after it was created. */
    public static final int DUE_DAYS_REVIEW_BY_CISO = 5;

    /** {@link #TASK_APPROVE_BY_TOP_MANAGEMENT} is due this many days after it was created. */
    public static final int DUE_DAYS_APPROVE_BY_TOP_MANAGEMENT = 7;

    /** {@link #TASK_REVISE} is due this many days after it was created. */
    public static final int DUE_DAYS_REVISE = 10;

    // ---------------------------------------------------------------- process variables

    /** Which document: {@link #DOCUMENT_SCOPE} or {@link #DOCUMENT_POLICY} ({@link String}); set at start. */
    public static final String VAR_DOCUMENT_TYPE = "documentType";

    /** Id of the document version ({@link Long}); set at start. */
    public static final String VAR_DOCUMENT_ID = "documentId";

    /** Username of the submitter ({@link String}); set at start. */
    public static final String VAR_SUBMITTED_BY = "submittedBy";

    /** Whether the CISO reviews before top management ({@link Boolean}); set at start. */
    public static final String VAR_CISO_REVIEW = "cisoReview";

    /** Decision of the CISO: {@link #DECISION_APPROVE} or {@link #DECISION_RETURN}. */
    public static final String VAR_CISO_DECISION = "cisoDecision";

    /** Decision of top management: {@link #DECISION_APPROVE} or {@link #DECISION_REJECT}. */
    public static final String VAR_TOP_MANAGEMENT_DECISION = "topManagementDecision";

    // ---------------------------------------------------------------- values

    /** Document type of the ISMS scope (reviewed by the CISO, approved by top management). */
    public static final String DOCUMENT_SCOPE = "scope";

    /** Document type of the information security policy (approved by top management). */
    public static final String DOCUMENT_POLICY = "policy";

    /** Approve (CISO and top management). */
    public static final String DECISION_APPROVE = RiskAssessmentApproval.DECISION_APPROVE;

    /** Return for revision (CISO). */
    public static final String DECISION_RETURN = RiskAssessmentApproval.DECISION_RETURN;

    /** Reject, i.e. send back for revision (top management). */
    public static final String DECISION_REJECT = RiskAssessmentApproval.DECISION_REJECT;

    // ---------------------------------------------------------------- delegate bean names

    /** Named bean ({@code JavaDelegate}) approving and freezing the document version. */
    public static final String DELEGATE_APPROVE = "approveGovernanceDocument";

    /** Named bean ({@code JavaDelegate}) putting the document version back into revision. */
    public static final String DELEGATE_RETURN = "returnGovernanceDocument";

    /** Named bean ({@code JavaDelegate}) marking the revised document version as submitted again. */
    public static final String DELEGATE_RESUBMIT = "resubmitGovernanceDocument";

    private GovernanceApproval() {
    }
}
