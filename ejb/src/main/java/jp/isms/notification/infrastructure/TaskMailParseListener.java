package jp.isms.notification.infrastructure;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the mail listener to every user task the engine parses, so no BPMN file has to remember it (and a new
 * process gets mails by itself). Last of the task's create listeners: processes choose candidate groups in their
 * own create listeners (e.g. a department's heads), so the mail must see the task after them.
 */
public class TaskMailParseListener extends AbstractBpmnParseListener {

    private final TaskListener listener = new TaskCreatedMailListener();

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
    }
}
