package jp.isms.notification.infrastructure;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.isms.notification.application.Notifications;
import jp.isms.notification.application.TaskFacts;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.cdi.impl.util.ProgrammaticBeanLookup;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Every user task of every process, on creation: its mails are written in the engine's transaction (so they exist
 * exactly when the task does) and sent after commit. Whatever goes wrong here is logged, never thrown: a mail must
 * not stop a process.
 */
public class TaskCreatedMailListener implements TaskListener {

    private static final Logger LOG = Logger.getLogger(TaskCreatedMailListener.class.getName());

    @Override
    public void notify(DelegateTask task) {
        try {
            Set<String> groups = task.getCandidates().stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(l -> l.getGroupId()).collect(Collectors.toSet());
            String processKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
            TaskFacts facts = new TaskFacts(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
                    task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getDueDate(),
                    formKey(task), groups, task.getAssignee());
            ProgrammaticBeanLookup.lookup(Notifications.class, BeanManagerLookup.getBeanManager()).taskCreated(facts);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "No mail for task " + task.getId() + " (" + task.getTaskDefinitionKey() + ")", e);
        }
    }

    private static String formKey(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null) {
            Expression key = entity.getTaskDefinition().getFormKey();
            Object value = key == null ? null : key.getValue(task);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
