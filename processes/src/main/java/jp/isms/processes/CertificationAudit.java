package jp.isms.processes;

/**
 * Identifiers of the process {@value #PROCESS_KEY} (認証審査, {@value #RESOURCE}).
 *
 * <h2>Flow</h2>
 * <pre>
 * 審査を記録 ─INITIAL→ 申請前の準備確認 ─未了→ 申請見送り (NOT_RECOMMENDED)
 *     │                     └準備完了→ 第一段階審査の記録 → 第二段階前の準備確認 ⇄ 内部監査・MRの完了
 *     └─その他──────────────────────────────────────────────┐
 *  ┌←────────────────────── 再審査 ←──────────────────────┐  ▼
 *  └→ インタビュー日程 → 準備の割当 → インタビューの準備 (各担当者) → 審査結果の記録 → 結果を反映
 *        RECOMMENDED ───────────────────────────────────────────→ 推薦 ─INITIAL/RENEWAL→ 登録証の登録 → 認証登録
 *        MINOR_CORRECTIONS → (未是正あり: 是正完了メッセージ待ち) → 是正報告の提出 → 推薦     └その他→ 推薦
 *        NOT_RECOMMENDED → 再審査の判断 ─resubmit→ インタビュー日程 / ─reject→ 不推薦
 * </pre>
 *
 * <h2>Contract (the certification cycle calls it for surveillance, renewal and scope-change audits)</h2>
 * <ul>
 *   <li>Inputs: {@link #VAR_AUDIT_KIND} (String, one of {@code INITIAL}, {@code SURVEILLANCE_1},
 *       {@code SURVEILLANCE_2}, {@code RENEWAL}, {@code SCOPE_CHANGE}), {@link #VAR_PLANNED_DATE} (String
 *       yyyy-MM-dd), {@link #VAR_CYCLE_NUMBER} (Integer, null for INITIAL), {@link #VAR_SCOPE_VERSION_ID} (Long, for
 *       SCOPE_CHANGE). An application that already created the audit record passes {@link #VAR_AUDIT_ID}.</li>
 *   <li>Outputs: {@link #VAR_AUDIT_ID} (Long) and {@link #VAR_AUDIT_OUTCOME} ({@link #OUTCOME_RECOMMENDED} or
 *       {@link #OUTCOME_NOT_RECOMMENDED}).</li>
 *   <li>Work tasks are completed through the workflow's decisions: {@link #VAR_STAGE2_RESULT} comes from the
 *       outcome recorded on the audit, {@link #VAR_REAUDIT} is {@code resubmit} or {@code reject}.</li>
 *   <li>Message {@link #MESSAGE_MINORS_CORRECTED}, correlated on {@link #VAR_AUDIT_ID}.</li>
 * </ul>
 */
public final class CertificationAudit {

    public static final String PROCESS_KEY = "certification-audit";
    public static final String RESOURCE = ProcessResources.FOLDER + "certification-audit.bpmn";

    public static final String START_EVENT = "StartEvent_AuditRequested";
    public static final String SERVICE_TASK_OPEN = "ServiceTask_OpenAudit";
    public static final String SERVICE_TASK_CHECK_STAGE1 = "ServiceTask_CheckStage1Readiness";
    public static final String SERVICE_TASK_REFUSE = "ServiceTask_RefuseApplication";
    public static final String END_EVENT_REFUSED = "EndEvent_ApplicationRefused";
    public static final String TASK_RECORD_STAGE1 = "Task_RecordStage1";
    public static final String SERVICE_TASK_CHECK_STAGE2 = "ServiceTask_CheckStage2Readiness";
    public static final String TASK_COMPLETE_READINESS = "Task_CompleteReadiness";
    public static final String TASK_SCHEDULE_STAGE2 = "Task_ScheduleStage2";
    public static final String SERVICE_TASK_ASSIGN_PREPARATION = "ServiceTask_AssignPreparation";
    public static final String TASK_PREPARE_INTERVIEW = "Task_PrepareInterview";
    public static final String TASK_RECORD_STAGE2 = "Task_RecordStage2";
    public static final String SERVICE_TASK_RECORD_OUTCOME = "ServiceTask_RecordStage2Outcome";
    public static final String EVENT_MINORS_CORRECTED = "Event_MinorsCorrected";
    public static final String TASK_SUBMIT_CORRECTIONS = "Task_SubmitCorrections";
    public static final String SERVICE_TASK_MARK_RECOMMENDED = "ServiceTask_MarkRecommended";
    public static final String TASK_RECORD_CERTIFICATE = "Task_RecordCertificate";
    public static final String END_EVENT_CERTIFIED = "EndEvent_Certified";
    public static final String END_EVENT_RECOMMENDED = "EndEvent_Recommended";
    public static final String TASK_DECIDE_REAUDIT = "Task_DecideReaudit";
    public static final String END_EVENT_NOT_RECOMMENDED = "EndEvent_NotRecommended";

    public static final String GROUP_ISMS_OFFICE = "isms-office";
    /** The form of every work task but the certificate's: the audit, its findings and the task's button. */
    public static final String FORM_TASK = "/app/tasks/certification-audit-task.xhtml";
    public static final String FORM_CERTIFICATE = "/app/certification/certificate.xhtml";

    public static final String VAR_AUDIT_KIND = "auditKind";
    public static final String VAR_PLANNED_DATE = "plannedDate";
    public static final String VAR_CYCLE_NUMBER = "cycleNumber";
    public static final String VAR_SCOPE_VERSION_ID = "scopeVersionId";
    public static final String VAR_AUDIT_ID = "auditId";
    public static final String VAR_AUDIT_OUTCOME = "auditOutcome";
    public static final String VAR_READY = "ready";
    public static final String VAR_PREPARERS = "preparers";
    public static final String VAR_PREPARER = "preparer";
    public static final String VAR_STAGE2_RESULT = "stage2Result";
    public static final String VAR_MINORS_OPEN = "minorsOpen";
    public static final String VAR_REAUDIT = "reaudit";
    public static final String VAR_SUBMITTED_BY = "submittedBy";

    public static final String KIND_INITIAL = "INITIAL";
    public static final String KIND_SURVEILLANCE_1 = "SURVEILLANCE_1";
    public static final String KIND_SURVEILLANCE_2 = "SURVEILLANCE_2";
    public static final String KIND_RENEWAL = "RENEWAL";
    public static final String KIND_SCOPE_CHANGE = "SCOPE_CHANGE";

    public static final String RESULT_RECOMMENDED = "RECOMMENDED";
    public static final String RESULT_MINOR_CORRECTIONS = "MINOR_CORRECTIONS";
    public static final String RESULT_NOT_RECOMMENDED = "NOT_RECOMMENDED";

    public static final String OUTCOME_RECOMMENDED = "RECOMMENDED";
    public static final String OUTCOME_NOT_RECOMMENDED = "NOT_RECOMMENDED";

    public static final String REAUDIT_YES = "resubmit";
    public static final String REAUDIT_NO = "reject";

    public static final String MESSAGE_MINORS_CORRECTED = "CertificationMinorsCorrected";

    public static final String DELEGATE_OPEN = "openCertificationAudit";
    public static final String DELEGATE_CHECK_STAGE1 = "checkStage1Readiness";
    public static final String DELEGATE_REFUSE = "refuseCertificationApplication";
    public static final String DELEGATE_CHECK_STAGE2 = "checkStage2Readiness";
    public static final String DELEGATE_ASSIGN_PREPARATION = "assignInterviewPreparation";
    public static final String DELEGATE_RECORD_OUTCOME = "recordStage2Outcome";
    public static final String DELEGATE_MARK_RECOMMENDED = "markCertificationRecommended";

    private CertificationAudit() {
    }
}
