package jp.isms.certification.application;

import static jp.isms.processes.CertificationAudit.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The work steps of {@code certification-audit}, completed from the inbox like any decision so that each is
 * recorded with the audit's state at that moment. A step is "done" only when the audit shows it: stage 1
 * recorded, the interviews scheduled, the result recorded, the certificate recorded.
 */
@ApplicationScoped
public class CertificationAuditSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "CERTIFICATION_AUDIT";

    private static final Set<String> DONE_TASKS = Set.of(TASK_RECORD_STAGE1, TASK_COMPLETE_READINESS,
            TASK_SCHEDULE_STAGE2, TASK_PREPARE_INTERVIEW, TASK_RECORD_STAGE2, TASK_SUBMIT_CORRECTIONS,
            TASK_RECORD_CERTIFICATE);

    @Inject
    CertificationRepository repository;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return DONE_TASKS.contains(taskDefinitionKey) || TASK_DECIDE_REAUDIT.equals(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        if (TASK_DECIDE_REAUDIT.equals(taskDefinitionKey)) {
            return Set.of(Decision.RESUBMIT, Decision.REJECT);
        }
        return DONE_TASKS.contains(taskDefinitionKey) ? Set.of(Decision.SUBMIT) : Set.of();
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        throw new IllegalStateException("needs the process variables");
    }

    @Override
    public Map<String, Object> variables(String taskKey, Decision decision, Actor actor,
            Map<String, Object> processVariables, String comment, List<String> targets) {
        Audit audit = audit(processVariables);
        switch (taskKey) {
            case TASK_RECORD_STAGE1 -> require(audit.getStatus() == AuditStatus.STAGE1_DONE, "certification.task.stage1NotRecorded");
            case TASK_SCHEDULE_STAGE2 -> require(audit.getStatus() == AuditStatus.STAGE2_SCHEDULED
                    && !audit.getInterviews().isEmpty(), "certification.task.notScheduled");
            case TASK_RECORD_STAGE2 -> {
                require(audit.getStage2Result() != null, "certification.task.resultNotRecorded");
                return Map.of(VAR_STAGE2_RESULT, audit.getStage2Result().name());
            }
            case TASK_RECORD_CERTIFICATE -> require(audit.getStatus() == AuditStatus.CERTIFICATE_ISSUED,
                    "certification.task.certificateNotRecorded");
            case TASK_DECIDE_REAUDIT -> {
                return Map.of(VAR_REAUDIT, decision == Decision.RESUBMIT ? REAUDIT_YES : REAUDIT_NO);
            }
            default -> {
                // preparing, completing readiness, submitting corrections: the person says it is done
            }
        }
        return Map.of();
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw IsmsException.invalid(key);
        }
    }

    /** The audit as it stands when the step is done: status, dates, result and every finding. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        return subjectOf(audit(processVariables));
    }

    static ApprovalRecord.Subject subjectOf(Audit audit) {
        String canonical = String.join("\n", audit.getReference(), audit.getKind().name(), audit.getStatus().name(),
                String.valueOf(audit.getStage1Date()), String.valueOf(audit.getStage2Date()),
                String.valueOf(audit.getStage2Result()), audit.getFindings().stream()
                        .map(f -> f.getLineNo() + "|" + f.getGrade() + "|" + f.getBodyText() + "|" + f.getDeadline())
                        .collect(Collectors.joining("\n")));
        return new ApprovalRecord.Subject(SUBJECT_TYPE, audit.getReference(), 1, ContentHash.sha256(canonical));
    }

    private Audit audit(Map<String, Object> processVariables) {
        return repository.audit(((Number) processVariables.get(VAR_AUDIT_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing audit"));
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return false;
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
