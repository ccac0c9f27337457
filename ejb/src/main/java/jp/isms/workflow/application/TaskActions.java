package jp.isms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Claim, unclaim and decide, for the screens and the API alike. Each call runs in its own
 * transaction ({@link TaskWork}); this class stays outside it so that, once a race has rolled the
 * transaction back, it can still look at the task afresh and tell the user what happened.
 */
@ApplicationScoped
public class TaskActions {

    static final int MAX_COMMENT = 4000;

    @Inject
    TaskWork work;

    /** What the form of a task needs to know about it; {@code onBehalfOf}: the manager a deputy acts for, or null. */
    public record OpenTask(String id, String taskKey, String name, String processInstanceId, String assignee,
            String actingRole, Set<Decision> decisions, Map<String, Object> variables, String onBehalfOf)
            implements java.io.Serializable {
    }

    /** A task the actor may see: assigned to them or offered to one of their groups. */
    public OpenTask open(Actor actor, String taskId) {
        return raced(taskId, () -> work.open(actor, taskId));
    }

    public void claim(Actor actor, String taskId) {
        raced(taskId, () -> {
            work.claim(actor, taskId);
            return null;
        });
    }

    public void unclaim(Actor actor, String taskId) {
        raced(taskId, () -> {
            work.unclaim(actor, taskId);
            return null;
        });
    }

    public void complete(Actor actor, String taskId, String decisionValue, String comment) {
        complete(actor, taskId, decisionValue, comment, List.of());
    }

    /** A decision that sends work back may name the parts concerned ({@code targets}, e.g. department codes). */
    public void complete(Actor actor, String taskId, String decisionValue, String comment, List<String> targets) {
        raced(taskId, () -> {
            work.complete(actor, taskId, decisionValue, comment, targets);
            return null;
        });
    }

    /**
     * Another person may claim or complete the task between any two of our reads and writes. The
     * engine reports that as optimistic locking, an already claimed task, or a task or execution it
     * can no longer find; to the user all of them mean the same: someone else was first.
     */
    private <T> T raced(String taskId, Supplier<T> action) {
        try {
            return action.get();
        } catch (OptimisticLockingException | TaskAlreadyClaimedException e) {
            throw IsmsException.conflict("task.concurrentlyCompleted");
        } catch (ProcessEngineException e) {
            if (!work.stillOpen(taskId)) {
                throw IsmsException.conflict("task.concurrentlyCompleted");
            }
            throw e;
        }
    }
}
