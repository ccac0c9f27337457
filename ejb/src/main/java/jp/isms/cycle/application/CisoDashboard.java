package jp.isms.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.isms.cycle.domain.Cycle;
import jp.isms.cycle.domain.CycleAudit;
import jp.isms.cycle.domain.CycleRepository;
import jp.isms.cycle.application.DashboardView.DepartmentOverdue;
import jp.isms.cycle.application.DashboardView.NextAudit;
import jp.isms.cycle.application.DashboardView.OverdueTask;
import jp.isms.cycle.application.DashboardView.TimelineItem;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.application.AuditReadiness;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;
import jp.isms.shared.application.ReadinessItem;
import jp.isms.shared.domain.IsmsException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/** The CISO's dashboard: for the CISO, the ISMS office and top management. */
@ApplicationScoped
@Transactional
public class CisoDashboard {

    static final String DEPT_HEAD_PREFIX = Role.DEPT_HEAD.groupId() + ":";
    public static final String KIND_CERTIFICATE = "CERTIFICATE";

    @Inject
    CycleRepository cycles;

    @Inject
    @Any
    Instance<DeadlineSource> deadlineSources;

    @Inject
    @Any
    Instance<AuditReadiness> readiness;

    @Inject
    TaskService taskService;

    @Inject
    UserRepository users;

    @Inject
    DepartmentRepository departments;

    public static void requireViewer(Actor actor) {
        if (!(actor.has(Role.CISO) || actor.has(Role.ISMS_OFFICE) || actor.has(Role.TOP_MANAGEMENT))) {
            throw IsmsException.forbidden("dashboard.forbidden");
        }
    }

    public DashboardView view(Actor actor, Locale locale) {
        requireViewer(actor);
        LocalDate today = LocalDate.now(CycleDeadlines.TOKYO);
        LocalDate from = today.minusYears(2);
        LocalDate to = today.plusYears(4);
        List<TimelineItem> timeline = new ArrayList<>();
        List<Cycle> overlapping = cycles.overlapping(from, to);
        for (Cycle cycle : overlapping) {
            timeline.add(new TimelineItem("certificate-" + cycle.getId(), cycle.getIssueDate(), cycle.getExpiryDate(),
                    Messages.get(locale, "dashboard.certificate.title", cycle.getCertificateNumber(), cycle.getNumber()),
                    KIND_CERTIFICATE, null, false, false));
        }
        for (DeadlineSource source : deadlineSources) {
            for (Deadline d : source.deadlines(from, to, locale)) {
                timeline.add(new TimelineItem(d.uid(), d.date(), null, d.title(), d.kind(), d.link(), d.done(),
                        d.overdue()));
            }
        }
        List<ReadinessItem> items = readiness.isResolvable() ? readiness.get().items(locale) : List.of();
        return new DashboardView(timeline, nextAudit(locale), readiness.isResolvable(), items, overdue(locale), today);
    }

    private NextAudit nextAudit(Locale locale) {
        Optional<Cycle> latest = cycles.latest();
        if (latest.isEmpty()) {
            return null;
        }
        Cycle cycle = latest.get();
        return cycle.nextAudit().map(a -> next(cycle, a, locale)).orElse(null);
    }

    private static NextAudit next(Cycle cycle, CycleAudit audit, Locale locale) {
        return new NextAudit(Messages.get(locale, "cycle.audit.title", Messages.get(locale, audit.getKind().messageKey()),
                cycle.getNumber()), audit.getPlannedDate(), audit.getPreparationStart(),
                Messages.get(locale, audit.getStatus().messageKey()), cycle.getNumber(), cycle.getCertificateNumber(),
                cycle.getExpiryDate());
    }

    /**
     * Open tasks whose due date has passed, by department: the department a {@code dept-head:<code>} candidate
     * group names, else the assignee's department, else none (the ISMS roles' tasks).
     */
    List<DepartmentOverdue> overdue(Locale locale) {
        Map<String, List<OverdueTask>> byDepartment = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        List<Task> tasks = taskService.createTaskQuery().active().dueBefore(ClockUtil.getCurrentTime())
                .orderByDueDate().asc().list();
        Map<String, Optional<String>> userDepartments = new LinkedHashMap<>();
        for (Task task : tasks) {
            String code = departmentOf(task, userDepartments);
            byDepartment.computeIfAbsent(code, c -> new ArrayList<>()).add(new OverdueTask(task.getId(), task.getName(),
                    LocalDate.ofInstant(task.getDueDate().toInstant(), CycleDeadlines.TOKYO), task.getAssignee()));
        }
        List<DepartmentOverdue> result = new ArrayList<>();
        byDepartment.forEach((code, list) -> result.add(new DepartmentOverdue(code, departmentName(code, locale), list)));
        return result;
    }

    private String departmentOf(Task task, Map<String, Optional<String>> userDepartments) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() != null && link.getGroupId().startsWith(DEPT_HEAD_PREFIX)) {
                return link.getGroupId().substring(DEPT_HEAD_PREFIX.length());
            }
        }
        if (task.getAssignee() == null) {
            return null;
        }
        return userDepartments.computeIfAbsent(task.getAssignee(), u -> users.findByUsername(u)
                .map(AppUser::getDepartment).map(Department::getCode)).orElse(null);
    }

    private String departmentName(String code, Locale locale) {
        if (code == null) {
            return Messages.get(locale, "dashboard.overdue.noDepartment");
        }
        return departments.findByCode(code).map(d -> d.nameIn(locale)).orElse(code);
    }
}
