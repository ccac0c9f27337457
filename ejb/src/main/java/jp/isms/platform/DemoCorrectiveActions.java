package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.corrective.application.IncidentInput;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.processes.CorrectiveAction;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.workflow.application.TaskWork;

/**
 * The demo's corrective actions (demo/corrective-actions.csv): the actions the demo internal audit's report opened
 * for its two nonconformities, one driven through every step to a verified closure and one left in implementation,
 * and an incident the office recorded, left in implementation. Runs after the demo audit.
 */
@ApplicationScoped
public class DemoCorrectiveActions {

    private static final String OFFICE = "office";
    private static final String VERIFIER = "auditor";

    @Inject
    CorrectiveActions actions;

    @Inject
    UserRepository users;

    @Inject
    CorrectiveActionRepository repository;

    @Inject
    TaskWork tasks;

    /** What people write at each step, and where the script stops. */
    public record Script(String correction, List<String> whys, String rootCause, String plan, String owner,
            LocalDate dueDate, String implementation, String verification, boolean close) {
    }

    void create() {
        LocalDate today = LocalDate.now(CorrectiveActions.ZONE);
        for (String[] row : DemoCompany.rows("demo/corrective-actions.csv")) {
            long actionId = row[0].isEmpty() ? recordIncident(row, today) : openedFor(row[0]);
            drive(actionId, new Script(row[6], Arrays.asList(row[7].split("\\|")), row[8], row[9], row[10],
                    today.plusDays(Integer.parseInt(row[11])), row[12], row[13], "CLOSED".equals(row[14])));
        }
    }

    private long recordIncident(String[] row, LocalDate today) {
        ActionView opened = actions.recordIncident(actor(OFFICE), new IncidentInput(row[1],
                NonconformityGrade.valueOf(row[2]), row[3], row[4], today.minusDays(Integer.parseInt(row[5]))));
        return opened.id();
    }

    /** The action a nonconformity's report opened (the demo audit fired it before). */
    private long openedFor(String sourceReference) {
        return repository.raisedOrOpenSince(LocalDate.of(2000, 1, 1)).stream()
                .filter(a -> a.getSourceReference().equals(sourceReference)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo corrective action for " + sourceReference))
                .getId();
    }

    /**
     * Drives an open action from its correction on: the responsible department's head corrects, analyses and plans,
     * the office approves, the owner implements and, if the script closes it, the internal auditor verifies it.
     */
    public void drive(long actionId, Script script) {
        String planner = script.owner();
        actions.submitCorrection(actor(planner), actionId, script.correction());
        actions.submitRootCause(actor(planner), actionId, script.whys(), script.rootCause());
        actions.submitPlan(actor(planner), actionId, script.plan(), script.owner(), script.dueDate());
        decide(actionId, CorrectiveAction.TASK_APPROVE_PLAN, OFFICE, "approve", null, List.of());
        if (!script.close()) {
            return;
        }
        actions.submitImplementation(actor(script.owner()), actionId, script.implementation());
        decide(actionId, CorrectiveAction.TASK_VERIFY, VERIFIER, "approve", script.verification(), List.of());
    }

    private void decide(long actionId, String taskKey, String username, String decision, String comment,
            List<String> targets) {
        Actor actor = actor(username);
        tasks.complete(actor, actions.openTaskId(actor, actionId, taskKey), decision, comment, targets);
    }

    private Actor actor(String username) {
        return Actor.of(users.findByUsername(username).orElseThrow(() -> new IllegalStateException("No demo user " + username)));
    }
}
