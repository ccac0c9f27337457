package jp.isms.corrective.application;

import static jp.isms.processes.CorrectiveAction.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityClosed;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.workflow.application.DecisionView;
import jp.isms.workflow.application.TaskWork;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Corrective actions from start to closure. A nonconformity raised anywhere (an audit finding, an incident the
 * office records here) opens an action and its process in the same transaction. Each work step is saved on the
 * action and its task completed together, so the task list and the action never disagree; decisions (plan
 * approval, verification) go through the inbox like every other decision, and the process's delegates call back.
 */
@ApplicationScoped
@Transactional
public class CorrectiveActions {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    CorrectiveActionRepository actions;

    @Inject
    DepartmentRepository departments;

    @Inject
    UserRepository users;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    TaskWork taskWork;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    Event<NonconformityRaised> raisedEvents;

    @Inject
    Event<NonconformityClosed> closedEvents;

    Clock clock = Clock.system(ZONE);

    // ---------------------------------------------------------------- opening

    /** Every nonconformity, wherever it was found, opens one corrective action and its process. */
    public void onRaised(@Observes NonconformityRaised raised) {
        open(raised);
    }

    CorrectiveAction open(NonconformityRaised raised) {
        Department department = raised.departmentId() == null ? null
                : departments.findById(raised.departmentId()).orElse(null);
        int year = (raised.raisedOn() == null ? today() : raised.raisedOn()).getYear();
        String prefix = BUSINESS_KEY_PREFIX + year + "-";
        String actionNo = prefix + String.format("%03d", actions.countWithPrefix(prefix) + 1);
        CorrectiveAction action = new CorrectiveAction(actionNo, raised, department == null ? null : department.getCode(),
                now());
        actions.add(action);
        actions.flush();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, actionNo,
                Map.of(VAR_ACTION_ID, action.getId(), VAR_ACTION_NO, actionNo, VAR_RESPONSIBLE_GROUP,
                        responsibleGroup(department)));
        action.startedAs(instance.getId());
        return action;
    }

    /**
     * The department's heads correct, analyse and plan; the ISMS office does where the whole ISMS is concerned or
     * the department has no head, so no task waits for nobody.
     */
    String responsibleGroup(Department department) {
        if (department != null && users.findAll().stream().anyMatch(u -> u.isEnabled() && u.hasRole(Role.DEPT_HEAD)
                && u.getDepartment() != null && department.getCode().equals(u.getDepartment().getCode()))) {
            return Role.departmentHeadGroup(department.getCode());
        }
        return Role.ISMS_OFFICE.groupId();
    }

    /** The ISMS office records an incident as a nonconformity; it opens a corrective action like an audit finding. */
    public ActionView recordIncident(Actor actor, IncidentInput input) {
        actor.require(Role.ISMS_OFFICE);
        if (input == null || input.description() == null || input.description().isBlank()) {
            throw IsmsException.invalid("corrective.field.required", "corrective.field.description");
        }
        Long departmentId = null;
        if (input.departmentCode() != null && !input.departmentCode().isBlank()) {
            departmentId = departments.findByCode(input.departmentCode().strip())
                    .orElseThrow(() -> IsmsException.invalid("corrective.unknownDepartment", input.departmentCode()))
                    .getId();
        }
        LocalDate occurred = input.occurredOn() == null ? today() : input.occurredOn();
        if (occurred.isAfter(today())) {
            throw IsmsException.invalid("corrective.incident.future", occurred);
        }
        String prefix = "INC-" + occurred.getYear() + "-";
        long number = actions.countSourceReferences(prefix) + 1;
        String reference = prefix + String.format("%03d", number);
        raisedEvents.fire(new NonconformityRaised(NonconformitySource.INCIDENT, number, reference,
                input.grade() == null ? NonconformityGrade.MINOR : input.grade(), departmentId, input.requirement(),
                input.description(), actor.username(), occurred, null));
        actions.flush();
        return actions.page(new PageRequest(0, 1, "raisedOn", true, Map.of("audit", reference)), today()).rows()
                .stream().findFirst().map(a -> viewOf(a, actor.locale()))
                .orElseThrow(() -> new IllegalStateException("No action opened for " + reference));
    }

    // ---------------------------------------------------------------- reading

    public Page<RegisterRow> register(Actor actor, PageRequest request) {
        requireReader(actor);
        LocalDate today = today();
        Map<String, Department> byCode = departmentsByCode();
        Page<CorrectiveAction> page = actions.page(request, today);
        return new Page<>(page.rows().stream().map(a -> new RegisterRow(a.getId(), a.getActionNo(), a.getSource(),
                a.getSourceReference(), a.getGrade(), a.getDepartmentCode(), departmentName(byCode, a, actor.locale()),
                a.getRequirement(), a.getDescription(), a.getState(), a.getOwner(), a.getDueDate(), a.getRaisedOn(),
                a.ageDays(today), a.overdue(today), a.getClosedOn())).toList(), page.total());
    }

    public ActionView view(Actor actor, long id) {
        requireReader(actor);
        return viewOf(load(id), actor.locale());
    }

    public ActionView view(Actor actor, String actionNo) {
        requireReader(actor);
        return viewOf(actions.findByActionNo(actionNo)
                .orElseThrow(() -> IsmsException.notFound("corrective.unknown", actionNo)), actor.locale());
    }

    ActionView viewOf(CorrectiveAction a, Locale locale) {
        LocalDate today = today();
        Function<String, String> names = displayNames();
        List<ActionView.HistoryLine> history = a.getHistory().stream().map(h -> new ActionView.HistoryLine(
                h.getOccurredAt(), h.getActor(), names.apply(h.getActor()), h.getEvent(),
                h.getNote())).toList();
        List<ActionView.OpenStep> open = a.getProcessInstanceId() == null ? List.of()
                : taskService.createTaskQuery().processInstanceId(a.getProcessInstanceId()).orderByTaskCreateTime().asc()
                        .list().stream().map(t -> new ActionView.OpenStep(t.getTaskDefinitionKey(), t.getId(),
                                t.getAssignee())).toList();
        return new ActionView(a.getId(), a.getActionNo(), a.getSource(), a.getSourceReference(), a.getGrade(),
                a.getDepartmentCode(), departmentName(departmentsByCode(), a, locale), a.getRequirement(),
                a.getDescription(), a.getRaisedBy(), a.getRaisedOn(), a.getExternalDeadline(), a.getState(),
                a.getCorrection(), a.getCorrectedBy(), a.whys(), a.getRootCause(), a.getAnalysedBy(), a.getPlan(),
                a.getOwner(), a.getDueDate(), a.getPlannedBy(), a.getPlanApprovedBy(), a.getPlanApprovedAt(),
                a.getImplementation(), a.getImplementedBy(), a.getImplementedAt(), a.getVerifiedBy(), a.getVerifiedAt(),
                a.getVerification(), a.getClosedOn(), a.getEscalatedAt(), a.getReopenCount(), a.ageDays(today),
                a.overdue(today), a.contentSha256(), history,
                approvalLog.forSubject(CorrectiveActionSteps.SUBJECT_TYPE, a.getActionNo()).stream()
                        .map(DecisionView::of).toList(), open);
    }

    /** Someone who may own an action, as the plan form offers them. */
    public record Person(String username, String displayName) implements java.io.Serializable {
    }

    /** Every enabled user except the administrator's own account: owners of actions. */
    public List<Person> people(Actor actor) {
        requireReader(actor);
        return users.findAll().stream().filter(AppUser::isEnabled)
                .filter(u -> u.getRoles().stream().anyMatch(r -> r != Role.ADMIN))
                .map(u -> new Person(u.getUsername(), u.getDisplayName())).toList();
    }

    /** Display names of users, for reports and pages. */
    public Function<String, String> displayNames() {
        Map<String, String> names = users.findAll().stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName, (x, y) -> x));
        return username -> username == null ? "" : names.getOrDefault(username, username);
    }

    /** The open task of one step of the action, for a decision by its id; none when the action is not at that step. */
    public String openTaskId(Actor actor, long id, String taskKey) {
        ActionView view = view(actor, id);
        return view.openSteps().stream().filter(s -> s.taskKey().equals(taskKey)).map(ActionView.OpenStep::taskId)
                .findFirst().orElseThrow(() -> IsmsException.conflict("corrective.notAtStep", view.actionNo(),
                        "corrective.task." + taskKey, view.state().messageKey()));
    }

    // ---------------------------------------------------------------- the work steps

    public ActionView submitCorrection(Actor actor, long id, String correction) {
        return work(actor, id, TASK_CORRECTION, a -> a.recordCorrection(actor.username(), correction, now()));
    }

    public ActionView submitRootCause(Actor actor, long id, List<String> whys, String rootCause) {
        return work(actor, id, TASK_ROOT_CAUSE, a -> a.analyse(actor.username(), whys, rootCause, now()));
    }

    public ActionView submitPlan(Actor actor, long id, String plan, String owner, LocalDate dueDate) {
        return work(actor, id, TASK_ACTION_PLAN, a -> {
            AppUser user = owner == null ? null : users.findByUsername(owner.strip()).filter(AppUser::isEnabled)
                    .orElseThrow(() -> IsmsException.invalid("corrective.unknownOwner", owner));
            a.plan(actor.username(), plan, user == null ? null : user.getUsername(), dueDate, today(), now());
        });
    }

    public ActionView submitImplementation(Actor actor, long id, String implementation) {
        return work(actor, id, TASK_IMPLEMENT, a -> a.implement(actor.username(), implementation, now()));
    }

    /**
     * Saves a step's work and completes its task in one transaction. The task is opened first, so that someone who
     * may not do the step is told so before anything about the content.
     */
    private ActionView work(Actor actor, long id, String taskKey, java.util.function.Consumer<CorrectiveAction> step) {
        CorrectiveAction action = load(id);
        Task task = action.getProcessInstanceId() == null ? null : taskService.createTaskQuery()
                .processInstanceId(action.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw IsmsException.conflict("corrective.notAtStep", action.getActionNo(), "corrective.task." + taskKey,
                    action.getState().messageKey());
        }
        taskWork.open(actor, task.getId());
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw IsmsException.forbidden("corrective.notOwner", task.getAssignee());
        }
        step.accept(action);
        actions.flush();
        taskWork.complete(actor, task.getId(), Decision.SUBMIT.processValue(), null, List.of());
        return viewOf(action, actor.locale());
    }

    // ---------------------------------------------------------------- what the process records

    public void approvePlan(long id, String by, String comment) {
        load(id).approvePlan(by, comment, now());
    }

    public void returnPlan(long id, String by, String comment) {
        load(id).returnPlan(by, comment, now());
    }

    public void escalate(long id) {
        load(id).escalate(now());
    }

    public void reopen(long id, String by, String reason, boolean fromPlan) {
        load(id).reopen(by, reason, fromPlan, now());
    }

    /** Verified effective: closed, and the context the nonconformity came from is told. */
    public void close(long id, String by, String comment) {
        CorrectiveAction action = load(id);
        action.verifyEffective(by, comment, today(), now());
        actions.flush();
        closedEvents.fire(new NonconformityClosed(action.getSource(), action.getSourceId(), action.getSourceReference(),
                action.getId(), action.getClosedOn()));
    }

    // ---------------------------------------------------------------- helpers

    CorrectiveAction load(long id) {
        return actions.findById(id).orElseThrow(() -> IsmsException.notFound("corrective.unknown", id));
    }

    /** Everyone who works on the ISMS reads the register; employees and the administrator do not. */
    static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("corrective.forbidden");
        }
    }

    private Map<String, Department> departmentsByCode() {
        Map<String, Department> byCode = new HashMap<>();
        departments.findAll().forEach(d -> byCode.put(d.getCode(), d));
        return byCode;
    }

    private static String departmentName(Map<String, Department> byCode, CorrectiveAction a, Locale locale) {
        Department d = a.getDepartmentCode() == null ? null : byCode.get(a.getDepartmentCode());
        return d == null ? null : d.nameIn(Objects.requireNonNullElse(locale, Locale.JAPANESE));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
