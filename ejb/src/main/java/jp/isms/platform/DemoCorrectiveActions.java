package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.corrective.application.IncidentInput;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.processes.CorrectiveAction;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.workflow.application.TaskWork;

/**
 * The demo's corrective actions (demo/corrective-actions.csv): two incidents the office recorded as nonconformities;
 * the first driven through every step to a verified closure, the second left in implementation. {@link #drive}
 * takes any open action at its correction step, so the same script can drive an audit's nonconformities instead.
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
    TaskWork tasks;

    /** What people write at each step, and where the script stops. */
    public record Script(String correction, List<String> whys, String rootCause, String plan, String owner,
            LocalDate dueDate, String implementation, String verification, boolean close) {
    }

    void create() {
        LocalDate today = LocalDate.now(CorrectiveActions.ZONE);
        for (String[] row : DemoCompany.rows("demo/corrective-actions.csv")) {
            ActionView opened = actions.recordIncident(actor(OFFICE), new IncidentInput(row[0],
                    NonconformityGrade.valueOf(row[1]), row[2], row[3], today.minusDays(Integer.parseInt(row[4]))));
            drive(opened.id(), new Script(row[5], Arrays.asList(row[6].split("\\|")), row[7], row[8], row[9],
                    today.plusDays(Integer.parseInt(row[10])), row[11], row[12], "CLOSED".equals(row[13])));
        }
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
