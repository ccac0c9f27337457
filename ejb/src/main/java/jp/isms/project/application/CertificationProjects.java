package jp.isms.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.processes.IsmsKickoff;
import jp.isms.project.domain.CertificationProject;
import jp.isms.project.domain.CertificationProjectRepository;
import jp.isms.project.domain.LateItem;
import jp.isms.project.domain.MasterSchedule;
import jp.isms.project.domain.PhaseProgress;
import jp.isms.project.domain.PhaseSpan;
import jp.isms.project.domain.ProjectOutline;
import jp.isms.project.domain.ProjectStatus;
import jp.isms.project.domain.ProjectStep;
import jp.isms.project.domain.ScheduleProgress;
import jp.isms.project.domain.ScheduledStep;
import jp.isms.project.domain.TeamMember;
import jp.isms.shared.application.Messages;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.ApprovalLog;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The certification project's use cases outside the approval: reading, creating, revising the outline, adjusting
 * planned dates before the baseline and recording actual dates after it. Every ISMS role reads; the ISMS office
 * writes. A caller that names the version it saw gets a conflict when someone else changed the project meanwhile.
 */
@ApplicationScoped
@Transactional
public class CertificationProjects {

    /** Whose "today" decides what is late: the company's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    CertificationProjectRepository projects;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    public Page<ProjectSummary> list(Actor actor, PageRequest request) {
        requireReader(actor);
        Page<CertificationProject> page = projects.list(request);
        return new Page<>(page.rows().stream().map(p -> new ProjectSummary(p.getId(), p.getProjectKey(), p.getName(),
                p.getKickoff(), p.getTargetCertificationDate(), p.getStatus())).toList(), page.total());
    }

    /** The project created last, if any: what the project page opens on. */
    public Optional<ProjectDetails> latest(Actor actor) {
        requireReader(actor);
        return projects.latest().map(p -> viewOf(p, actor.locale()));
    }

    public ProjectDetails view(Actor actor, long id) {
        requireReader(actor);
        return viewOf(load(id), actor.locale());
    }

    public ProjectDetails create(Actor actor, ProjectInput input) {
        actor.require(Role.ISMS_OFFICE);
        ProjectOutline outline = outline(input);
        int year = outline.kickoff().getYear();
        String key = String.format("%s%d-%02d", CertificationProject.KEY_PREFIX, year, projects.highestNumber(year) + 1);
        CertificationProject project = new CertificationProject(companies.current().orElseThrow(), key, outline,
                actor.username(), StandardSchedule.TEMPLATE);
        projects.add(project);
        projects.flush();
        return viewOf(project, actor.locale());
    }

    public ProjectDetails revise(Actor actor, long id, ProjectInput input, Long expectedVersion) {
        actor.require(Role.ISMS_OFFICE);
        CertificationProject project = loadForChange(id, expectedVersion);
        project.revise(outline(input), StandardSchedule.TEMPLATE);
        projects.flush();
        return viewOf(project, actor.locale());
    }

    /** Planned dates before the baseline; actual dates once the project is approved. */
    public ProjectDetails changeStep(Actor actor, long id, String stepCode, LocalDate start, LocalDate end,
            Long expectedVersion) {
        actor.require(Role.ISMS_OFFICE);
        CertificationProject project = loadForChange(id, expectedVersion);
        if (project.getStatus() == ProjectStatus.APPROVED) {
            project.recordActual(stepCode, start, end, today());
        } else {
            project.reschedule(stepCode, start, end, StandardSchedule.TEMPLATE);
        }
        projects.flush();
        return viewOf(project, actor.locale());
    }

    /** A user the office may put on the team. */
    public record UserChoice(String username, String displayName) implements java.io.Serializable {
    }

    /** Every enabled user, by display name: whom the office can choose from for the team. */
    public List<UserChoice> teamCandidates(Actor actor) {
        actor.require(Role.ISMS_OFFICE);
        return users.findAll().stream().filter(AppUser::isEnabled)
                .map(u -> new UserChoice(u.getUsername(), u.getDisplayName()))
                .sorted(java.util.Comparator.comparing(UserChoice::username)).toList();
    }

    private ProjectOutline outline(ProjectInput input) {
        if (input == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        List<TeamMember> team = new ArrayList<>();
        for (ProjectInput.MemberInput member : input.team() == null ? List.<ProjectInput.MemberInput>of() : input.team()) {
            TeamMember candidate = new TeamMember(member.username(), member.role());
            if (users.findByUsername(candidate.username()).isEmpty()) {
                throw IsmsException.invalid("project.team.unknownUser", candidate.username());
            }
            team.add(candidate);
        }
        return new ProjectOutline(input.name(), input.kickoff() == null ? today() : input.kickoff(),
                input.targetCertificationDate(), input.scopeOutline(), input.certificationBodies(), team);
    }

    private CertificationProject loadForChange(long id, Long expectedVersion) {
        CertificationProject project = load(id);
        if (expectedVersion != null && expectedVersion != project.getLockVersion()) {
            throw IsmsException.conflict("error.concurrentModification");
        }
        return project;
    }

    private CertificationProject load(long id) {
        return projects.findById(id).orElseThrow(() -> IsmsException.notFound("project.unknown", id));
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private ProjectDetails viewOf(CertificationProject p, Locale locale) {
        LocalDate asOf = today();
        MasterSchedule schedule = p.schedule(StandardSchedule.TEMPLATE);
        boolean baselined = p.getStatus() == ProjectStatus.APPROVED;
        ScheduleProgress progress = baselined ? p.progress(asOf, StandardSchedule.TEMPLATE) : null;
        Map<String, LateItem> late = new HashMap<>();
        if (progress != null) {
            progress.late().forEach(l -> late.put(l.code(), l));
        }
        List<ProjectDetails.StepRow> steps = new ArrayList<>();
        for (ScheduledStep s : schedule.steps()) {
            ProjectStep stored = p.step(s.code());
            LateItem lateItem = late.get(s.code());
            steps.add(new ProjectDetails.StepRow(s.code(), s.phase(), s.step().name(locale), s.step().deliverables(locale),
                    s.isMilestone(), stored.plannedStart(), stored.plannedEnd(), stored.baselineStart(),
                    stored.baselineEnd(), stored.actualStart(), stored.actualEnd(), lateItem != null,
                    lateItem == null ? 0 : lateItem.daysLate()));
        }
        List<ProjectDetails.PhaseRow> phases = new ArrayList<>();
        for (PhaseSpan span : schedule.phases()) {
            String name = Messages.get(locale, span.phase().messageKey());
            int count = (int) steps.stream().filter(s -> s.phase() == span.phase()).count();
            Optional<PhaseProgress> measured = progress == null ? Optional.empty() : progress.phase(span.phase());
            phases.add(measured.map(m -> new ProjectDetails.PhaseRow(span.phase(), name, span.start(), span.end(), count,
                    m.plannedComplete(), m.actualComplete(), m.plannedPercent(), m.actualPercent(), m.late().size()))
                    .orElse(new ProjectDetails.PhaseRow(span.phase(), name, span.start(), span.end(), count, 0, 0, 0, 0, 0)));
        }
        List<ProjectDetails.Member> team = p.getTeam().stream().map(m -> new ProjectDetails.Member(m.username(),
                users.findByUsername(m.username()).map(AppUser::getDisplayName).orElse(m.username()), m.role(),
                Messages.get(locale, m.role().messageKey()))).toList();
        boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(IsmsKickoff.PROCESS_KEY)
                .processInstanceBusinessKey(p.getProjectKey()).active().count() > 0;
        List<ProjectDetails.DecisionView> decisions = approvalLog.forSubject(KickoffSteps.SUBJECT_TYPE, p.getProjectKey())
                .stream().map(r -> new ProjectDetails.DecisionView(r.getSubjectVersion(), r.getStep(), r.getDecision(),
                        r.getActorUsername(), r.getActorDisplayName(), r.getActorRole(), r.getOnBehalfOf(),
                        r.getDecidedAt(), r.getComment(), r.getContentSha256(), r.getProcessInstanceId()))
                .toList();
        return new ProjectDetails(p.getId(), p.getProjectKey(), p.getName(), p.getKickoff(),
                p.getTargetCertificationDate(), schedule.projectedCertificationDate(), p.getCompressionPercent(),
                p.getScopeOutline(), p.getCertificationBodies(), team, p.getStatus(), p.getRevision(),
                p.getLockVersion(), p.getApprovedAt(), p.getApprovedFingerprint(), running, baselined, asOf, steps,
                phases, progress == null ? 0 : progress.late().size(), decisions);
    }

    private static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("project.forbidden");
        }
    }
}
