package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Role;
import jp.isms.project.application.CertificationProjects;
import jp.isms.project.application.KickoffSteps;
import jp.isms.project.domain.CertificationProject;
import jp.isms.project.domain.ProjectOutline;
import jp.isms.project.domain.ProjectRole;
import jp.isms.project.domain.ProjectStep;
import jp.isms.project.domain.ScheduleTemplate;
import jp.isms.project.domain.TeamMember;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The demo company's certification project (demo/project.csv), dated relative to the first start so the project
 * page shows a project under way: approved by top management, the steps due so far done as planned except the
 * latest one, which is late, and the step due next started.
 */
@ApplicationScoped
public class DemoProject {

    @PersistenceContext
    EntityManager em;

    void create(Company company) {
        Map<String, String> values = new HashMap<>();
        List<String> bodies = new ArrayList<>();
        List<TeamMember> team = new ArrayList<>();
        for (String[] row : DemoCompany.rows("demo/project.csv")) {
            switch (row[0]) {
                case "body" -> bodies.add(row[1]);
                case "team" -> team.add(new TeamMember(row[1], ProjectRole.valueOf(row[2])));
                default -> values.put(row[0], row[1]);
            }
        }
        LocalDate today = LocalDate.now(CertificationProjects.ZONE);
        LocalDate kickoff = today.minusDays(Long.parseLong(values.get("startedDaysAgo")));
        ScheduleTemplate template = ScheduleTemplate.standard();
        CertificationProject project = new CertificationProject(company, String.format("PJ-%d-01", kickoff.getYear()),
                new ProjectOutline(values.get("name"), kickoff, kickoff.plusMonths(Long.parseLong(values.get("months"))),
                        values.get("scope"), bodies, team), "office", template);
        project.submit("office");
        record(project, "submission", Decision.SUBMIT, "office", "鈴木 一郎", Role.ISMS_OFFICE, values.get("submitComment"));
        record(project, "Task_ApproveKickoff", Decision.APPROVE, "top", "山田 太郎", Role.TOP_MANAGEMENT,
                values.get("approveComment"));
        project.approve(template);

        List<String> due = template.steps().stream().map(s -> s.code())
                .filter(code -> project.step(code).baselineEnd().isBefore(today))
                .sorted(Comparator.comparing(code -> project.step(code).baselineEnd())).toList();
        for (int i = 0; i < due.size() - 1; i++) {
            ProjectStep step = project.step(due.get(i));
            project.recordActual(due.get(i), step.baselineStart(), step.baselineEnd(), today);
        }
        template.steps().stream().map(s -> s.code()).filter(code -> {
            ProjectStep step = project.step(code);
            return !step.baselineStart().isAfter(today) && !step.baselineEnd().isBefore(today);
        }).findFirst().ifPresent(code -> project.recordActual(code, project.step(code).baselineStart(), null, today));
        em.persist(project);
    }

    private void record(CertificationProject project, String step, Decision decision, String username,
            String displayName, Role role, String comment) {
        em.persist(new ApprovalRecord(new ApprovalRecord.Subject(KickoffSteps.SUBJECT_TYPE, project.getProjectKey(),
                project.getRevision(), project.fingerprint()), null, step, decision, username, displayName,
                role.groupId(), comment));
    }
}
