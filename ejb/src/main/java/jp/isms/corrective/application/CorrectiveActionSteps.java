package jp.isms.corrective.application;

import static jp.isms.processes.CorrectiveAction.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.isms.corrective.domain.ActionState;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.infrastructure.Settings;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The decisions of {@code corrective-action}. The work steps (correction, root cause, plan, implementation) are
 * submitted from their form, which saves the work first; a bare "submit" on a task whose work is missing is refused
 * here, so the inbox API cannot skip a step. {@link jp.isms.processes.CorrectiveAction#VAR_SUBMITTED_BY} names the
 * planner at the approval and the implementer at the verification: neither decides on their own work.
 */
@ApplicationScoped
public class CorrectiveActionSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "CORRECTIVE_ACTION";

    /** Follow-up (reminder) date of the implementation: this many days before it falls due. */
    public static final String REMINDER_DAYS_SETTING = "isms.corrective.reminder-days";
    static final int DEFAULT_REMINDER_DAYS = 3;

    /** The process variable carrying the decision's comment to the delegates (the history keeps it). */
    public static final String VAR_DECISION_COMMENT = "decisionComment";

    /** A failed verification names where the action starts again: {@value} or {@link #TARGET_IMPLEMENTATION}. */
    public static final String TARGET_PLAN = "PLAN";
    public static final String TARGET_IMPLEMENTATION = "IMPLEMENTATION";

    private static final Set<String> TASKS = Set.of(TASK_CORRECTION, TASK_ROOT_CAUSE, TASK_ACTION_PLAN,
            TASK_APPROVE_PLAN, TASK_IMPLEMENT, TASK_ESCALATION, TASK_VERIFY);

    @Inject
    CorrectiveActionRepository actions;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return TASKS.contains(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case TASK_APPROVE_PLAN -> Set.of(Decision.APPROVE, Decision.RETURN);
            case TASK_VERIFY -> Set.of(Decision.APPROVE, Decision.REJECT);
            case TASK_ESCALATION -> Set.of(Decision.APPROVE);
            case TASK_CORRECTION, TASK_ROOT_CAUSE, TASK_ACTION_PLAN, TASK_IMPLEMENT -> Set.of(Decision.SUBMIT);
            default -> Set.of();
        };
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        throw new UnsupportedOperationException("needs the process variables");
    }

    @Override
    public Map<String, Object> variables(String taskKey, Decision decision, Actor actor,
            Map<String, Object> processVariables, String comment, List<String> targets) {
        CorrectiveAction action = action(processVariables);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECIDED_BY, actor.username());
        variables.put(VAR_DECISION_COMMENT, comment);
        switch (taskKey) {
            case TASK_CORRECTION -> requireDone(action, ActionState.ROOT_CAUSE);
            case TASK_ROOT_CAUSE -> requireDone(action, ActionState.PLANNING);
            case TASK_ACTION_PLAN -> {
                requireDone(action, ActionState.PLAN_APPROVAL);
                variables.putAll(planVariables(action, reminderDays()));
            }
            case TASK_IMPLEMENT -> {
                requireDone(action, ActionState.VERIFICATION);
                variables.put(VAR_SUBMITTED_BY, action.getImplementedBy());
            }
            case TASK_APPROVE_PLAN -> variables.put(VAR_PLAN_DECISION,
                    decision == Decision.APPROVE ? DECISION_APPROVE : DECISION_RETURN);
            case TASK_VERIFY -> variables.put(VAR_VERIFICATION_DECISION, decision == Decision.APPROVE
                    ? VERIFICATION_EFFECTIVE
                    : targets != null && targets.contains(TARGET_PLAN) ? VERIFICATION_REOPEN_PLAN
                            : VERIFICATION_REOPEN_IMPLEMENTATION);
            default -> {
            }
        }
        return variables;
    }

    /**
     * The implementation task's dates: due at the end of the due day, followed up {@code reminderDays} before (not
     * before today), overdue from the next day on — all in the company's time zone.
     */
    static Map<String, Object> planVariables(CorrectiveAction action, int reminderDays) {
        ZoneId zone = CorrectiveActions.ZONE;
        LocalDate due = action.getDueDate();
        LocalDate followUp = due.minusDays(Math.max(0, reminderDays));
        LocalDate today = LocalDate.now(zone);
        if (followUp.isBefore(today)) {
            followUp = today;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_OWNER, action.getOwner());
        variables.put(VAR_DUE_DATE, Date.from(due.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant()));
        variables.put(VAR_FOLLOW_UP_DATE, Date.from(followUp.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant()));
        variables.put(VAR_OVERDUE_AT, Date.from(due.plusDays(1).atStartOfDay(zone).toInstant()));
        variables.put(VAR_SUBMITTED_BY, action.getPlannedBy());
        return variables;
    }

    static int reminderDays() {
        return Settings.get(REMINDER_DAYS_SETTING).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return DEFAULT_REMINDER_DAYS;
            }
        }).orElse(DEFAULT_REMINDER_DAYS);
    }

    /** A work step is completed from its form, after its work was saved; never with the work missing. */
    private static void requireDone(CorrectiveAction action, ActionState next) {
        if (action.getState() != next) {
            throw IsmsException.invalid("corrective.useForm", action.getActionNo());
        }
    }

    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        CorrectiveAction action = action(processVariables);
        return new ApprovalRecord.Subject(SUBJECT_TYPE, action.getActionNo(), action.getReopenCount() + 1,
                action.contentSha256());
    }

    private CorrectiveAction action(Map<String, Object> processVariables) {
        return actions.findById(((Number) processVariables.get(VAR_ACTION_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing corrective action"));
    }

    /** The planner does not approve their own plan; the implementer does not verify their own work. */
    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return TASK_APPROVE_PLAN.equals(taskDefinitionKey) || TASK_VERIFY.equals(taskDefinitionKey);
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
