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
        return new Page<>(rows(tasks, actor.locale()), total);
    }

    public InboxCounts counts(Actor actor) {
        return new InboxCounts(query(actor, InboxFilter.ALL).count(), query(actor, InboxFilter.MINE).count(),
                query(actor, InboxFilter.UNCLAIMED).count(), query(actor, InboxFilter.ALL).dueBefore(new Date()).count());
    }

    TaskQuery query(Actor actor, InboxFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        Set<String> groups = actorGroups.of(actor);
        return switch (filter) {
            case MINE -> query.taskAssignee(actor.username());
            case UNCLAIMED -> groups.isEmpty() ? query.taskId("-none-") : query.taskCandidateGroupIn(List.copyOf(groups));
            case ALL -> groups.isEmpty() ? query.taskAssignee(actor.username())
                    : query.or().taskAssignee(actor.username()).taskCandidateGroupIn(List.copyOf(groups)).endOr();
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

    List<TaskRow> rows(List<Task> tasks, Locale locale) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return tasks.stream().map(t -> row(t, instances.get(t.getProcessInstanceId()), locale)).toList();
    }

    TaskRow row(Task task, ProcessInstance instance, Locale locale) {
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return new TaskRow(task.getId(), localized(locale, "task." + task.getTaskDefinitionKey(), task.getName()),
                task.getTaskDefinitionKey(), processKey, localized(locale, "process." + processKey, processKey),
                instance == null ? null : instance.getBusinessKey(), task.getCreateTime(), task.getDueDate(),
                task.getPriority(), task.getAssignee(), task.getFormKey());
    }

    static String localized(Locale locale, String key, String fallback) {
        String text = Messages.get(locale, key);
        return text.equals(key) ? fallback : text;
    }
}
