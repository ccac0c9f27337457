package jp.isms.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.isms.deputy.application.Deputies;
import jp.isms.notification.domain.MailKind;
import jp.isms.notification.domain.NotificationMail;
import jp.isms.notification.domain.NotificationPreference;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Decides which mails go to whom: one per recipient and task when it is created, one reminder per task and
 * recipient before its due date, one escalation per task and recipient once overdue (to the CISO as well), and
 * for those who chose it, one digest a day bundling the rest. Writes them as rows; {@link MailDispatch} sends.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    MailOutbox outbox;

    @Inject
    RecipientDirectory directory;

    @Inject
    Deputies deputies;

    @Inject
    MailDispatch dispatch;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    /** What one scan did, for the log and the administrator's trigger. */
    public record ScanResult(int reminders, int escalations, int digests) {
    }

    /** A task was created (engine-wide listener, in the engine's transaction): mails go out after commit. */
    public void taskCreated(TaskFacts task) {
        NotificationSettings settings = NotificationSettings.current();
        int added = 0;
        for (Map.Entry<Recipient, String> to : recipients(task, false).entrySet()) {
            added += write(MailKind.TASK, "TASK:" + task.taskId() + ":" + to.getKey().username(), task, to.getKey(),
                    to.getValue(), settings) ? 1 : 0;
        }
        if (added > 0) {
            dispatch.afterCommit();
        }
    }

    /** Reminders and escalations due now, and the digests if it is their hour (or {@code digestNow}). */
    public ScanResult scan(Instant now, boolean digestNow) {
        NotificationSettings settings = NotificationSettings.current();
        int reminders = 0;
        for (Task task : taskService.createTaskQuery().active().dueAfter(Date.from(now))
                .dueBefore(Date.from(now.plus(java.time.Duration.ofDays(settings.reminderDays())))).list()) {
            TaskFacts facts = facts(task);
            for (Map.Entry<Recipient, String> to : recipients(facts, false).entrySet()) {
                reminders += write(MailKind.REMINDER, "REMINDER:" + task.getId() + ":" + to.getKey().username(), facts,
                        to.getKey(), to.getValue(), settings) ? 1 : 0;
            }
        }
        int escalations = 0;
        for (Task task : taskService.createTaskQuery().active().dueBefore(Date.from(now)).list()) {
            TaskFacts facts = facts(task);
            for (Map.Entry<Recipient, String> to : recipients(facts, true).entrySet()) {
                escalations += write(MailKind.ESCALATION, "ESCALATION:" + task.getId() + ":" + to.getKey().username(),
                        facts, to.getKey(), to.getValue(), settings) ? 1 : 0;
            }
        }
        ZonedDateTime local = now.atZone(ZONE);
        int digests = digestNow || local.getHour() >= settings.digestHour() ? digests(local.toLocalDate(), digestNow, now) : 0;
        ScanResult result = new ScanResult(reminders, escalations, digests);
        if (reminders + escalations + digests > 0) {
            LOG.info(() -> "Notifications: " + result);
        }
        return result;
    }

    public boolean dailyDigest(String username) {
        return outbox.preference(username).map(NotificationPreference::isDailyDigest).orElse(false);
    }

    public void chooseDailyDigest(Actor actor, boolean digest) {
        outbox.preference(actor.username()).ifPresentOrElse(p -> p.choose(digest),
                () -> outbox.add(new NotificationPreference(actor.username(), digest)));
    }

    /** The record of mails, for administrators. */
    public Page<MailRow> page(Actor actor, PageRequest request) {
        actor.require(Role.ADMIN);
        Page<NotificationMail> page = outbox.page(request);
        return new Page<>(page.rows().stream().map(MailRow::of).toList(), page.total());
    }

    /** One bundle per reader of the mails waiting since their last digest. */
    private int digests(LocalDate day, boolean forced, Instant now) {
        int made = 0;
        for (String username : outbox.digestReaders()) {
            String key = "DIGEST:" + day + ":" + username + (forced ? ":" + now.toEpochMilli() : "");
            if (outbox.exists(key)) {
                continue;
            }
            List<NotificationMail> waiting = outbox.waitingForDigest(username);
            Recipient to = directory.user(username).orElse(null);
            if (waiting.isEmpty() || to == null) {
                continue;
            }
            MailTexts.Text text = MailTexts.digest(to.locale(), to,
                    waiting.stream().map(m -> new MailTexts.Text(m.getSubject(), m.getBody())).toList());
            NotificationMail digest = new NotificationMail(key, MailKind.DIGEST, null, username, to.email(),
                    to.locale().getLanguage(), text.subject(), text.body(), false);
            if (outbox.add(digest)) {
                waiting.forEach(m -> m.bundleInto(digest.getId()));
                made++;
            }
        }
        if (made > 0) {
            dispatch.afterCommit();
        }
        return made;
    }

    private boolean write(MailKind kind, String key, TaskFacts task, Recipient to, String onBehalfOfName,
            NotificationSettings settings) {
        if (outbox.exists(key)) {
            return false;
        }
        MailTexts.Text text = MailTexts.task(kind, to.locale(), to, task, MailTexts.link(settings.baseUrl(), task),
                onBehalfOfName);
        return outbox.add(new NotificationMail(key, kind, task.taskId(), to.username(), to.email(),
                to.locale().getLanguage(), text.subject(), text.body(), dailyDigest(to.username())));
    }

    /**
     * The assignee, or else the candidates; their deputies of today too (with the manager's name), and for an
     * escalation every CISO as well. Each person once, with the name of the manager where they are only a deputy.
     */
    Map<Recipient, String> recipients(TaskFacts task, boolean escalation) {
        Map<Recipient, String> people = new LinkedHashMap<>();
        List<Recipient> direct = task.assignee() != null ? directory.user(task.assignee()).stream().toList()
                : task.candidateGroups().stream().sorted().flatMap(g -> directory.inGroup(g).stream()).toList();
        direct.forEach(r -> people.put(r, null));
        for (Recipient manager : direct) {
            for (String deputy : deputies.deputiesOf(manager.username())) {
                directory.user(deputy).ifPresent(d -> people.putIfAbsent(d, manager.displayName()));
            }
        }
        if (escalation) {
            directory.inGroup(Role.CISO.groupId()).forEach(c -> people.putIfAbsent(c, null));
        }
        // A deputy and the person themselves may be the same Recipient value: keep the direct entry.
        people.keySet().removeIf(r -> r.email() == null || r.email().isBlank());
        return people;
    }

    private TaskFacts facts(Task task) {
        Set<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String formKey = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getFormKey();
        return new TaskFacts(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
                instance == null ? null : instance.getBusinessKey(), task.getDueDate(), formKey, groups, task.getAssignee());
    }
}
