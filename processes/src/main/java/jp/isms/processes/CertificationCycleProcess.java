package jp.isms.processes;

/**
 * Identifiers of the processes {@value #PROCESS_KEY} (認証サイクル, {@value #RESOURCE}) and {@value #AUDIT_PROCESS_KEY}
 * (サイクル内の審査, {@value #AUDIT_RESOURCE}), shared between the models and the Java code in one place.
 *
 * <h2>Flow</h2>
 * <pre>
 * certification-cycle (one instance per three-year cycle, business key CYCLE-&lt;n&gt;)
 *   証明書発行 → 第1回維持審査 → 第2回維持審査 → 更新審査 → サイクル完了
 *   (each box: call activity to certification-cycle-audit)
 *   event subprocess, non-interrupting, message {@value #MESSAGE_SCOPE_CHANGE}:
 *     適用範囲変更 → 変更審査の手配 (office) → 変更審査 (call certification-audit, SCOPE_CHANGE) → 結果の記録
 *        ─RECOMMENDED→ 認証範囲の更新を通知 → 承認   ─NOT_RECOMMENDED→ 不承認
 *
 * certification-cycle-audit
 *   準備開始タイマー → 準備開始 → 審査準備 (office) → 審査 (call certification-audit) → 結果の記録
 *        ─RECOMMENDED→ 終了   ─NOT_RECOMMENDED→ 再審査の手配 (CISO) → 審査 …
 * </pre>
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>The application starts {@value #PROCESS_KEY} when a certificate is issued, initial or renewed, with the
 *       business key {@link #businessKey(int)} and the variables {@link #VAR_CYCLE_ID}, {@link #VAR_CYCLE_NUMBER}
 *       and, per audit, its planned date ({@code yyyy-MM-dd}) and the start of its preparation (ISO date-time, the
 *       timer's date): {@link #VAR_SURVEILLANCE_1_DATE} … {@link #VAR_RENEWAL_PREPARATION}. The dates come from
 *       {@code jp.isms.certification.domain.CertificationCycle}; the process only waits for them.</li>
 *   <li>A renewed certificate starts the next cycle as a new instance: the cycle repeats without end.</li>
 *   <li>{@value #CALLED_AUDIT_PROCESS_KEY} is another context's process. Inputs {@link #VAR_AUDIT_KIND},
 *       {@link #VAR_PLANNED_DATE}, {@link #VAR_CYCLE_NUMBER}, {@link #VAR_SCOPE_VERSION_ID} (scope change only);
 *       outputs {@link #VAR_AUDIT_ID} and {@link #VAR_AUDIT_OUTCOME}.</li>
 *   <li>A scope change is the message {@value #MESSAGE_SCOPE_CHANGE}, correlated by business key with the
 *       variable {@link #VAR_SCOPE_VERSION_ID}; the office completes {@link #TASK_ARRANGE_SCOPE_CHANGE_AUDIT} with
 *       {@link #VAR_PLANNED_DATE}. The CISO completes {@link #TASK_ARRANGE_REAUDIT} with a new
 *       {@link #VAR_PLANNED_DATE}.</li>
 *   <li>No asynchronous continuations: the delegates run in the transaction of the task completion or timer job.</li>
 * </ul>
 */
public final class CertificationCycleProcess {

    public static final String PROCESS_KEY = "certification-cycle";
    public static final String RESOURCE = ProcessResources.FOLDER + "certification-cycle.bpmn";
    public static final String AUDIT_PROCESS_KEY = "certification-cycle-audit";
    public static final String AUDIT_RESOURCE = ProcessResources.FOLDER + "certification-cycle-audit.bpmn";
    /** The certification context's audit process (stage 2 machinery), called for every audit. */
    public static final String CALLED_AUDIT_PROCESS_KEY = "certification-audit";
    public static final String BUSINESS_KEY_PREFIX = "CYCLE-";

    public static final String START_EVENT_CERTIFICATE_ISSUED = "StartEvent_CertificateIssued";
    public static final String CALL_SURVEILLANCE_1 = "CallActivity_Surveillance1";
    public static final String CALL_SURVEILLANCE_2 = "CallActivity_Surveillance2";
    public static final String CALL_RENEWAL = "CallActivity_Renewal";
    public static final String END_EVENT_CYCLE_COMPLETED = "EndEvent_CycleCompleted";

    public static final String SUBPROCESS_SCOPE_CHANGE = "SubProcess_ScopeChange";
    public static final String START_EVENT_SCOPE_CHANGE = "StartEvent_ScopeChangeApproved";
    public static final String TASK_ARRANGE_SCOPE_CHANGE_AUDIT = "Task_ArrangeScopeChangeAudit";
    public static final String CALL_SCOPE_CHANGE_AUDIT = "CallActivity_ScopeChangeAudit";
    public static final String SERVICE_TASK_RECORD_SCOPE_CHANGE = "ServiceTask_RecordScopeChangeAudit";
    public static final String GATEWAY_SCOPE_CHANGE_OUTCOME = "Gateway_ScopeChangeOutcome";
    public static final String SERVICE_TASK_ANNOUNCE_SCOPE_CHANGE = "ServiceTask_AnnounceScopeChange";
    public static final String END_EVENT_SCOPE_CHANGE_ACCEPTED = "EndEvent_ScopeChangeAccepted";
    public static final String END_EVENT_SCOPE_CHANGE_REFUSED = "EndEvent_ScopeChangeRefused";

    public static final String START_EVENT_AUDIT = "StartEvent_AuditPlanned";
    public static final String TIMER_PREPARATION = "Timer_PreparationStarts";
    public static final String SERVICE_TASK_START_PREPARATION = "ServiceTask_StartPreparation";
    public static final String TASK_PREPARE_AUDIT = "Task_PrepareAudit";
    public static final String CALL_AUDIT = "CallActivity_Audit";
    public static final String SERVICE_TASK_RECORD_AUDIT = "ServiceTask_RecordAuditResult";
    public static final String GATEWAY_AUDIT_OUTCOME = "Gateway_AuditOutcome";
    public static final String TASK_ARRANGE_REAUDIT = "Task_ArrangeReaudit";
    public static final String END_EVENT_AUDIT_PASSED = "EndEvent_AuditPassed";

    public static final String MESSAGE_SCOPE_CHANGE = "CycleScopeChange";

    public static final String GROUP_ISMS_OFFICE = "isms-office";
    public static final String GROUP_CISO = "ciso";

    /** One form serves the cycle's three tasks: it shows the audit, what is due, and a date where one is asked. */
    public static final String FORM_CYCLE_TASK = "/app/cycle/task.xhtml";

    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_CYCLE_NUMBER = "cycleNumber";
    public static final String VAR_SURVEILLANCE_1_DATE = "surveillance1Date";
    public static final String VAR_SURVEILLANCE_1_PREPARATION = "surveillance1Preparation";
    public static final String VAR_SURVEILLANCE_2_DATE = "surveillance2Date";
    public static final String VAR_SURVEILLANCE_2_PREPARATION = "surveillance2Preparation";
    public static final String VAR_RENEWAL_DATE = "renewalDate";
    public static final String VAR_RENEWAL_PREPARATION = "renewalPreparation";

    /** {@code SURVEILLANCE_1}, {@code SURVEILLANCE_2}, {@code RENEWAL} or {@code SCOPE_CHANGE}. */
    public static final String VAR_AUDIT_KIND = "auditKind";
    /** The audit's planned day, {@code yyyy-MM-dd} (String). */
    public static final String VAR_PLANNED_DATE = "plannedDate";
    /** When preparation starts, ISO date-time (String): the timer of {@value #TIMER_PREPARATION}. */
    public static final String VAR_PREPARATION_START = "preparationStart";
    public static final String VAR_SCOPE_VERSION_ID = "scopeVersionId";
    public static final String VAR_AUDIT_ID = "auditId";
    public static final String VAR_AUDIT_OUTCOME = "auditOutcome";

    public static final String KIND_SURVEILLANCE_1 = "SURVEILLANCE_1";
    public static final String KIND_SURVEILLANCE_2 = "SURVEILLANCE_2";
    public static final String KIND_RENEWAL = "RENEWAL";
    public static final String KIND_SCOPE_CHANGE = "SCOPE_CHANGE";
    public static final String OUTCOME_RECOMMENDED = "RECOMMENDED";
    public static final String OUTCOME_NOT_RECOMMENDED = "NOT_RECOMMENDED";

    /** Named bean ({@code JavaDelegate}): the audit's preparation started (what is due goes to the office). */
    public static final String DELEGATE_START_PREPARATION = "startCycleAuditPreparation";
    /** Named bean ({@code JavaDelegate}): records the outcome of an audit of the cycle, scope change included. */
    public static final String DELEGATE_RECORD_AUDIT = "recordCycleAuditResult";
    /** Named bean ({@code JavaDelegate}): announces the positive scope-change audit (ScopeChangeAudited). */
    public static final String DELEGATE_ANNOUNCE_SCOPE_CHANGE = "announceScopeChangeAudited";

    private CertificationCycleProcess() {
    }

    public static String businessKey(int cycleNumber) {
        return BUSINESS_KEY_PREFIX + cycleNumber;
    }
}
