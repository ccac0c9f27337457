package jp.isms.cycle.application;

import static jp.isms.processes.CertificationCycleProcess.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import jp.isms.cycle.domain.Cycle;
import jp.isms.cycle.domain.CycleAudit;
import jp.isms.cycle.domain.CycleAuditKind;
import jp.isms.cycle.domain.CycleRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.scope.domain.ScopeVersionApproved;
import jp.isms.shared.domain.CertificateIssued;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.ScopeChangeAudited;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The cycle after certification: a certificate starts a cycle (and its process), a newly approved scope version
 * asks the running cycle for a scope-change audit, and the process's service tasks record how each audit went.
 */
@ApplicationScoped
@Transactional
public class CertificationCycles {

    private static final Logger LOG = Logger.getLogger(CertificationCycles.class.getName());

    @Inject
    CycleRepository cycles;

    @Inject
    CyclePolicies policies;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    Event<ScopeChangeAudited> scopeChangeAudited;

    /** Inside the transaction that records the certificate: the cycle and its process start with it or not at all. */
    void certificateIssued(@Observes CertificateIssued certificate) {
        start(certificate);
    }

    /** Starts the cycle a certificate opens; the same certificate twice starts nothing new. */
    public Cycle start(CertificateIssued certificate) {
        Optional<Cycle> known = cycles.findByCertificate(certificate.certificateId());
        if (known.isPresent()) {
            return known.get();
        }
        int number = cycles.highestNumber() + 1;
        Cycle cycle = Cycle.startedBy(certificate, number, policies.current());
        cycles.add(cycle);
        cycles.flush();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_CYCLE_ID, cycle.getId());
        variables.put(VAR_CYCLE_NUMBER, number);
        put(variables, cycle.audit(CycleAuditKind.SURVEILLANCE_1), VAR_SURVEILLANCE_1_DATE,
                VAR_SURVEILLANCE_1_PREPARATION);
        put(variables, cycle.audit(CycleAuditKind.SURVEILLANCE_2), VAR_SURVEILLANCE_2_DATE,
                VAR_SURVEILLANCE_2_PREPARATION);
        put(variables, cycle.audit(CycleAuditKind.RENEWAL), VAR_RENEWAL_DATE, VAR_RENEWAL_PREPARATION);
        cycle.startedAs(runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(number), variables).getId());
        LOG.info(() -> "Certification cycle " + number + " started by certificate " + certificate.certificateNumber()
                + " (" + cycle.getStartDate() + " – " + cycle.getExpiryDate() + ")");
        return cycle;
    }

    private static void put(Map<String, Object> variables, CycleAudit audit, String dateName, String preparationName) {
        variables.put(dateName, audit.getPlannedDate().toString());
        variables.put(preparationName, audit.getPreparationStart().atStartOfDay().toString());
    }

    /**
     * After the scope approval committed: the running cycle gets a scope-change audit. Not certified yet, no
     * running cycle: nothing to audit, which the log says.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void scopeApproved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScopeVersionApproved approved) {
        requestScopeChangeAudit(approved.scopeVersionId());
    }

    public boolean requestScopeChangeAudit(long scopeVersionId) {
        Optional<Cycle> running = cycles.latest().filter(c -> c.getProcessInstanceId() != null && runtimeService
                .createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).count() > 0);
        if (running.isEmpty()) {
            LOG.info(() -> "Scope version " + scopeVersionId + " approved with no running certification cycle: "
                    + "no scope-change audit (not certified yet)");
            return false;
        }
        Cycle cycle = running.get();
        if (cycle.getScopeVersionId() == scopeVersionId) {
            return false;
        }
        cycle.requestScopeChangeAudit(scopeVersionId);
        cycles.flush();
        runtimeService.createMessageCorrelation(MESSAGE_SCOPE_CHANGE).processInstanceId(cycle.getProcessInstanceId())
                .setVariable(VAR_SCOPE_VERSION_ID, scopeVersionId).correlate();
        LOG.info(() -> "Scope version " + scopeVersionId + " sent to certification cycle " + cycle.getNumber()
                + " for a scope-change audit");
        return true;
    }

    /** Delegate: the timer fired, preparation of the audit starts. */
    public void preparationStarted(long cycleId, String kind) {
        load(cycleId).audit(CycleAuditKind.parse(kind)).startPreparation();
    }

    /** Delegate: the certification-audit process ended with this outcome. */
    public void auditEnded(long cycleId, String kind, Long auditId, String outcome) {
        load(cycleId).audit(CycleAuditKind.parse(kind)).recordOutcome(auditId, outcome);
    }

    /** Delegate: the positive scope-change audit; the certificate's scope version follows (other context). */
    public void scopeChangeAccepted(long cycleId, long scopeVersionId, LocalDate decidedOn) {
        load(cycleId).scopeVersionFollows(scopeVersionId);
        scopeChangeAudited.fire(new ScopeChangeAudited(scopeVersionId, decidedOn));
    }

    /**
     * The office (scope change) or the CISO (re-audit) enters the date agreed with the body and completes the
     * task; the audit's date and the task's completion share the transaction.
     */
    public void completeWithDate(Actor actor, String taskId, LocalDate plannedDate) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !isCycleTask(task)) {
            throw IsmsException.notFound("cycle.task.unknown", taskId);
        }
        boolean reaudit = TASK_ARRANGE_REAUDIT.equals(task.getTaskDefinitionKey());
        actor.require(reaudit ? Role.CISO : Role.ISMS_OFFICE);
        Map<String, Object> variables = new HashMap<>();
        if (TASK_PREPARE_AUDIT.equals(task.getTaskDefinitionKey())) {
            taskService.complete(taskId);
            return;
        }
        if (plannedDate == null) {
            throw IsmsException.invalid("validation.required", "certification.plannedDate");
        }
        Object cycleId = runtimeService.getVariable(task.getExecutionId(), VAR_CYCLE_ID);
        Object kind = reaudit ? runtimeService.getVariable(task.getExecutionId(), VAR_AUDIT_KIND) : KIND_SCOPE_CHANGE;
        load(((Number) cycleId).longValue()).audit(CycleAuditKind.parse(kind)).scheduleOn(plannedDate);
        variables.put(VAR_PLANNED_DATE, plannedDate.toString());
        taskService.complete(taskId, variables);
    }

    /** What the task form shows: the task, its audit and planned date, and whether a date is asked for. */
    public record CycleTaskView(String taskId, String taskName, String audit, String plannedDate, boolean asksForDate) {
    }

    public CycleTaskView taskView(Actor actor, String taskId, java.util.Locale locale) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !isCycleTask(task)) {
            throw IsmsException.notFound("cycle.task.unknown", taskId);
        }
        boolean scopeChange = TASK_ARRANGE_SCOPE_CHANGE_AUDIT.equals(task.getTaskDefinitionKey());
        actor.require(TASK_ARRANGE_REAUDIT.equals(task.getTaskDefinitionKey()) ? Role.CISO : Role.ISMS_OFFICE);
        Object kind = scopeChange ? KIND_SCOPE_CHANGE : runtimeService.getVariable(task.getExecutionId(), VAR_AUDIT_KIND);
        Object cycleNumber = runtimeService.getVariable(task.getExecutionId(), VAR_CYCLE_NUMBER);
        Object planned = scopeChange ? null : runtimeService.getVariable(task.getExecutionId(), VAR_PLANNED_DATE);
        String audit = jp.isms.shared.application.Messages.get(locale, "cycle.audit.title",
                jp.isms.shared.application.Messages.get(locale, CycleAuditKind.parse(kind).messageKey()), cycleNumber);
        return new CycleTaskView(taskId, task.getName(), audit, planned == null ? null : planned.toString(),
                !TASK_PREPARE_AUDIT.equals(task.getTaskDefinitionKey()));
    }

    static boolean isCycleTask(Task task) {
        return TASK_PREPARE_AUDIT.equals(task.getTaskDefinitionKey())
                || TASK_ARRANGE_REAUDIT.equals(task.getTaskDefinitionKey())
                || TASK_ARRANGE_SCOPE_CHANGE_AUDIT.equals(task.getTaskDefinitionKey());
    }

    private Cycle load(long id) {
        return cycles.find(id).orElseThrow(() -> IsmsException.notFound("cycle.unknown", id));
    }
}
