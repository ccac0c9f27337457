package jp.isms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.application.Messages;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The inbox: the engine's own task query does the paging, sorting and filtering, so the inbox
 * never loads every task of a group.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    ActorGroups actorGroups;


    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    public Page<TaskRow> page(Actor actor, InboxFilter filter, PageRequest request) {
        TaskQuery query = query(actor, filter);
        String name = request.filter("name");
        if (name != null) {
            query.taskNameLike("%" + name + "%");
        }
        String businessKey = request.filter("businessKey");
        if (businessKey != null) {
            query.processInstanceBusinessKeyLike("%" + businessKey + "%");
        }
        String processKey = request.filter("processKey");
        if (processKey != null) {
            query.processDefinitionKey(processKey);
        }
        long total = query.count();
        sort(query, request);
        List<Task> tasks = query.initializeFormKeys().listPage(request.first(), request.size());
        return new Page<>(rows(tasks, actor), total);
    }

    public InboxCounts counts(Actor actor) {
        return new InboxCounts(query(actor, InboxFilter.ALL).count(), query(actor, InboxFilter.MINE).count(),
                query(actor, InboxFilter.UNCLAIMED).count(), query(actor, InboxFilter.ALL).dueBefore(new Date()).count());
    }

    /**
     * Own tasks, plus those of the managers the actor stands in for today (their management groups and the tasks
     * they have claimed): a deputy's inbox is the manager's, for the manager's tasks only.
     */
    TaskQuery query(Actor actor, InboxFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        Set<String> groups = new java.util.HashSet<>(actorGroups.of(actor));
        Map<String, String> delegated = actorGroups.delegated(actor);
        groups.addAll(delegated.keySet());
        List<String> managers = delegated.values().stream().distinct().toList();
        return switch (filter) {
            case MINE -> query.taskAssignee(actor.username());
            case UNCLAIMED -> groups.isEmpty() ? query.taskId("-none-") : query.taskCandidateGroupIn(List.copyOf(groups));
            case ALL -> groups.isEmpty() ? query.taskAssignee(actor.username())
                    : managers.isEmpty()
                            ? query.or().taskAssignee(actor.username()).taskCandidateGroupIn(List.copyOf(groups)).endOr()
                            : query.or().taskAssignee(actor.username()).taskAssigneeIn(managers.toArray(String[]::new))
                                    .taskCandidateGroupIn(List.copyOf(groups)).endOr();
        };
    }

    private static void sort(TaskQuery query, PageRequest request) {
        String field = request.sortField() == null ? "created" : request.sortField();
        switch (field) {
            case "name" -> query.orderByTaskName();
            case "due" -> query.orderByDueDate();
            case "priority" -> query.orderByTaskPriority();
            case "assignee" -> query.orderByTaskAssignee();
            default -> query.orderByTaskCreateTime();
        }
        if (request.ascending()) {
            query.asc();
        } else {
            query.desc();
        }
        query.orderByTaskId().asc();
    }

    List<TaskRow> rows(List<Task> tasks, Actor actor) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Locale locale = actor.locale();
        Map<String, String> delegated = actorGroups.delegated(actor);
        Set<String> own = delegated.isEmpty() ? Set.of() : actorGroups.of(actor);
        Map<String, ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return tasks.stream().map(t -> row(t, instances.get(t.getProcessInstanceId()), locale,
                delegated.isEmpty() ? null : onBehalfOf(t, actor, own, delegated))).toList();
    }

    /** The manager a task reaches the actor for, or null where it is the actor's own. */
    private String onBehalfOf(Task task, Actor actor, Set<String> own, Map<String, String> delegated) {
        Set<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        if (actor.username().equals(task.getAssignee()) && groups.isEmpty() || groups.stream().anyMatch(own::contains)) {
            return null;
        }
        return groups.stream().filter(delegated::containsKey).sorted().map(delegated::get).findFirst()
                .orElse(delegated.containsValue(task.getAssignee()) ? task.getAssignee() : null);
    }

    TaskRow row(Task task, ProcessInstance instance, Locale locale, String onBehalfOf) {
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return new TaskRow(task.getId(), localized(locale, "task." + task.getTaskDefinitionKey(), task.getName()),
                task.getTaskDefinitionKey(), processKey, localized(locale, "process." + processKey, processKey),
                instance == null ? null : instance.getBusinessKey(), task.getCreateTime(), task.getDueDate(),
                task.getPriority(), task.getAssignee(), task.getFormKey(), onBehalfOf);
    }

    static String localized(Locale locale, String key, String fallback) {
        String text = Messages.get(locale, key);
        return text.equals(key) ? fallback : text;
    }
}
