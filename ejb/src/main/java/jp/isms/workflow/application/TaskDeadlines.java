package jp.isms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.IsmsException;
import org.camunda.bpm.engine.TaskService;

/**
 * Moving a task's due date: the ISMS office and the CISO run the schedule. Reminders and escalations follow the
 * new date on their next scan (each still at most once per task and person).
 */
@ApplicationScoped
@Transactional
public class TaskDeadlines {

    @Inject
    TaskService taskService;

    @Inject
    TaskWork work;

    public void setDue(Actor actor, String taskId, Instant due) {
        if (!actor.has(Role.ISMS_OFFICE) && !actor.has(Role.CISO)) {
            throw IsmsException.forbidden("error.roleRequired", "role." + Role.ISMS_OFFICE.groupId());
        }
        work.openTask(taskId);
        taskService.setDueDate(taskId, due == null ? null : Date.from(due));
    }
}
