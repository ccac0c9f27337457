package jp.isms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The transactional half of {@link TaskActions}: one JTA transaction per call, in which the
 * approval record, the task completion and whatever the process then does to the domain commit
 * or roll back together.
 */
@ApplicationScoped
@Transactional
public class TaskWork {

    static final int MAX_COMMENT = TaskActions.MAX_COMMENT;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    Instance<DecisionStep> steps;

    @Inject
    ActorGroups actorGroups;

    /** A task the actor may see: assigned to them or offered to one of their groups. */
    public TaskActions.OpenTask open(Actor actor, String taskId) {
        Task task = openTask(taskId);
        Authority authority = authorize(actor, task, false);
        DecisionStep step = step(task);
        return new TaskActions.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                task.getAssignee(), authority.role(), step.decisions(task.getTaskDefinitionKey()),
                taskService.getVariables(task.getId()), authority.onBehalfOf());
    }

    public void claim(Actor actor, String taskId) {
        Task task = openTask(taskId);
        authorize(actor, task, true);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(actor.username())) {
                return;
            }
            throw IsmsException.conflict("task.claimedByOther", task.getAssignee());
        }
        taskService.claim(taskId, actor.username());
    }

    public void unclaim(Actor actor, String taskId) {
        Task task = openTask(taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw IsmsException.forbidden("task.notYours");
        }
        taskService.setAssignee(taskId, null);
    }

    public void complete(Actor actor, String taskId, String decisionValue, String comment, List<String> targets) {
        Task task = openTask(taskId);
        Authority authority = authorize(actor, task, true);
        // A deputy may take over a task the manager had claimed: it is the manager's task they stand in for.
        boolean managersClaim = task.getAssignee() != null && task.getAssignee().equals(authority.onBehalfOf());
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username()) && !managersClaim) {
            throw IsmsException.conflict("task.claimedByOther", task.getAssignee());
        }
        String taskKey = task.getTaskDefinitionKey();
        DecisionStep step = step(task);
        Decision decision = Decision.parse(decisionValue).filter(step.decisions(taskKey)::contains)
                .orElseThrow(() -> IsmsException.invalid("task.decision.invalid", decisionValue == null ? "" : decisionValue));
        if (decision.requiresComment() && (comment == null || comment.isBlank())) {
            throw IsmsException.invalid("task.comment.required");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw IsmsException.invalid("task.comment.tooLong", MAX_COMMENT);
        }
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        if (step.independentOfSubmitter(taskKey)) {
            Object submitter = variables.get(step.submitterVariable());
            if (actor.username().equals(submitter)) {
                throw IsmsException.forbidden("task.ownSubmission");
            }
            // The deputy decides with the manager's authority: that authority may not approve the manager's own work.
            if (authority.onBehalfOf() != null && authority.onBehalfOf().equals(submitter)) {
                throw IsmsException.forbidden("deputy.managersOwnSubmission");
            }
        }
        approvalLog.append(new ApprovalRecord(step.subject(variables), task.getProcessInstanceId(), taskKey, decision,
                actor.username(), actor.displayName(), authority.role(), comment, authority.onBehalfOf()));
        if (task.getAssignee() == null) {
            taskService.claim(taskId, actor.username());
        } else if (managersClaim) {
            taskService.setAssignee(taskId, actor.username());
        }
        taskService.complete(taskId, step.variables(taskKey, decision, actor, variables, comment,
                targets == null ? List.of() : targets));
    }

    /** The task if it is open; otherwise why not, in words the user understands. */
    Task openTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = taskId == null ? null
                : historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done != null && done.getEndTime() != null) {
            throw IsmsException.conflict("task.alreadyCompleted", done.getAssignee() == null ? "-" : done.getAssignee());
        }
        throw IsmsException.notFound("task.unknown", taskId == null ? "" : taskId);
    }

    /** The role in which someone acts on a task and, for a deputy, the manager they act for (else null). */
    record Authority(String role, String onBehalfOf) {
    }

    /**
     * The role in which the actor may act on the task: one of its candidate groups the actor holds, or else one
     * they reach today as a manager's deputy (then on the manager's behalf).
     * Being the assignee alone is enough to see the task; a decision needs the role as well.
     */
    Authority authorize(Actor actor, Task task, boolean toAct) {
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        Set<String> candidateGroups = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet());
        Set<String> groups = actorGroups.of(actor);
        Optional<String> role = candidateGroups.stream().filter(groups::contains).map(ActorGroups::roleOf).sorted()
                .findFirst();
        boolean assignee = actor.username().equals(task.getAssignee());
        if (role.isPresent()) {
            return new Authority(role.get(), null);
        }
        Map<String, String> delegated = actorGroups.delegated(actor);
        Optional<String> group = candidateGroups.stream().filter(delegated::containsKey).sorted().findFirst();
        if (group.isPresent()) {
            return new Authority(ActorGroups.roleOf(group.get()), delegated.get(group.get()));
        }
        if (assignee && (!toAct || candidateGroups.isEmpty())) {
            return new Authority("assignee", null);
        }
        if (!stillOpen(task.getId())) {
            // Its links vanished with it: someone completed it after we read it (a plain read,
            // harmless in a transaction that nothing has marked for rollback yet).
            throw IsmsException.conflict("task.concurrentlyCompleted");
        }
        throw IsmsException.forbidden("task.notCandidate");
    }

    private DecisionStep step(Task task) {
        return steps.stream().filter(s -> s.covers(task.getTaskDefinitionKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No decision step covers " + task.getTaskDefinitionKey()));
    }

    public boolean stillOpen(String taskId) {
        return taskId != null && taskService.createTaskQuery().taskId(taskId).count() > 0;
    }
}
