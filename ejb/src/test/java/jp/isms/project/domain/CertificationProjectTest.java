package jp.isms.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import jp.isms.organisation.domain.Company;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class CertificationProjectTest {

    private static final ScheduleTemplate TEMPLATE = ScheduleTemplate.standard();
    private static final LocalDate KICKOFF = LocalDate.of(2026, 4, 1);
    private static final LocalDate TARGET = LocalDate.of(2027, 2, 1);
    private static final List<TeamMember> TEAM = List.of(new TeamMember("top", ProjectRole.SPONSOR),
            new TeamMember("office", ProjectRole.PROJECT_LEADER), new TeamMember("office", ProjectRole.SECRETARIAT));

    private static ProjectOutline outline(LocalDate target, List<TeamMember> team) {
        return new ProjectOutline(" ISMS認証取得プロジェクト 2026 ", KICKOFF, target, "本社 情報システム部",
                List.of("JQA", " ", "BSI", "JQA"), team);
    }

    private static CertificationProject project() {
        return new CertificationProject(new Company("株式会社サンプル", "Sample"), "PJ-2026-01", outline(TARGET, TEAM),
                "office", TEMPLATE);
    }

    private static IsmsException refusal(Runnable action) {
        IsmsException e = catchThrowableOfType(IsmsException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static CertificationProject approved() {
        CertificationProject project = project();
        project.submit("office");
        project.approve(TEMPLATE);
        return project;
    }

    @Test
    void aNewProjectIsADraftWithTheProposedScheduleAndACleanOutline() {
        CertificationProject project = project();

        assertThat(project.getStatus()).isEqualTo(ProjectStatus.DRAFT);
        assertThat(project.getRevision()).isEqualTo(1);
        assertThat(project.getName()).isEqualTo("ISMS認証取得プロジェクト 2026");
        assertThat(project.getCertificationBodies()).containsExactly("JQA", "BSI");
        MasterSchedule proposal = MasterSchedule.propose(KICKOFF, TARGET, TEMPLATE);
        for (ScheduledStep step : proposal.steps()) {
            assertThat(project.step(step.code()).plannedStart()).as(step.code()).isEqualTo(step.start());
            assertThat(project.step(step.code()).plannedEnd()).as(step.code()).isEqualTo(step.end());
            assertThat(project.step(step.code()).baselineStart()).isNull();
        }
        assertThat(project.schedule(TEMPLATE).isBaselined()).isFalse();
        assertThat(project.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(project().fingerprint());
    }

    @Test
    void adjustingAStepPushesWhatFollowsAndChangesTheFingerprint() {
        CertificationProject project = project();
        String before = project.fingerprint();
        LocalDate p05Start = project.step("P-05").plannedStart();
        ProjectStep p04 = project.step("P-04");

        project.reschedule("P-04", p04.plannedStart().plusDays(7), p04.plannedEnd().plusDays(7), TEMPLATE);

        assertThat(project.step("P-04").plannedStart()).isEqualTo(p04.plannedStart().plusDays(7));
        assertThat(project.step("P-05").plannedStart()).isEqualTo(p05Start.plusDays(7));
        assertThat(project.fingerprint()).isNotEqualTo(before);
    }

    @Test
    void datesThatEndBeforeTheyStartAreRefusedAndChangeNothing() {
        CertificationProject project = project();
        ProjectStep p04 = project.step("P-04");

        IsmsException e = refusal(() -> project.reschedule("P-04", p04.plannedEnd(), p04.plannedStart(), TEMPLATE));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("schedule.endBeforeStart");
        assertThat(project.step("P-04").plannedStart()).isEqualTo(p04.plannedStart());
    }

    @Test
    void submissionNeedsAProjectLeaderAndLocksTheProject() {
        CertificationProject leaderless = new CertificationProject(new Company("x", "x"), "PJ-2026-02",
                outline(TARGET, List.of(new TeamMember("top", ProjectRole.SPONSOR))), "office", TEMPLATE);
        assertThat(refusal(() -> leaderless.submit("office")).messageKey()).isEqualTo("project.team.leaderRequired");
        assertThat(leaderless.getStatus()).isEqualTo(ProjectStatus.DRAFT);

        CertificationProject project = project();
        project.submit("office");

        assertThat(project.getStatus()).isEqualTo(ProjectStatus.IN_APPROVAL);
        assertThat(project.getSubmittedBy()).isEqualTo("office");
        ProjectStep p04 = project.step("P-04");
        IsmsException locked = refusal(() -> project.reschedule("P-04", p04.plannedStart(), p04.plannedEnd(), TEMPLATE));
        assertThat(locked.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(locked.messageKey()).isEqualTo("project.lockedInApproval");
        assertThat(refusal(() -> project.revise(outline(TARGET, TEAM), TEMPLATE)).messageKey())
                .isEqualTo("project.lockedInApproval");
        assertThat(refusal(() -> project.submit("office")).kind()).isEqualTo(IsmsException.Kind.CONFLICT);
    }

    @Test
    void aReturnStartsTheNextRevisionWhichIsEditableAndSubmittedAgain() {
        CertificationProject project = project();
        project.submit("office");

        project.returnForRevision();

        assertThat(project.getStatus()).isEqualTo(ProjectStatus.RETURNED);
        assertThat(project.getRevision()).isEqualTo(2);
        ProjectStep a01 = project.step("A-01");
        project.reschedule("A-01", a01.plannedStart(), a01.plannedEnd().plusDays(7), TEMPLATE);
        project.submit("office2");
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.IN_APPROVAL);
        assertThat(project.getSubmittedBy()).isEqualTo("office2");
    }

    @Test
    void approvalFreezesThePlannedDatesAsTheBaseline() {
        CertificationProject project = project();
        project.submit("office");
        String submitted = project.fingerprint();

        project.approve(TEMPLATE);

        assertThat(project.getStatus()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(project.getApprovedFingerprint()).isEqualTo(submitted);
        assertThat(project.getApprovedAt()).isNotNull();
        assertThat(project.schedule(TEMPLATE).isBaselined()).isTrue();
        for (ScheduledStep step : project.schedule(TEMPLATE).steps()) {
            assertThat(project.step(step.code()).baselineStart()).isEqualTo(step.start());
            assertThat(project.step(step.code()).baselineEnd()).isEqualTo(step.end());
        }
        ProjectStep p04 = project.step("P-04");
        IsmsException frozen = refusal(() -> project.reschedule("P-04", p04.plannedStart(), p04.plannedEnd().plusDays(1),
                TEMPLATE));
        assertThat(frozen.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(frozen.messageKey()).isEqualTo("schedule.baselined");
        assertThat(refusal(() -> project.approve(TEMPLATE)).messageKey()).isEqualTo("project.notInApproval");
        assertThat(project.fingerprint()).isEqualTo(submitted);
    }

    @Test
    void actualsNeedTheBaselineAndMustBePlausible() {
        CertificationProject draft = project();
        assertThat(refusal(() -> draft.recordActual("I-01", KICKOFF, null, KICKOFF)).messageKey())
                .isEqualTo("project.actualsNeedBaseline");

        CertificationProject project = approved();
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(refusal(() -> project.recordActual("I-01", null, KICKOFF, today)).messageKey())
                .isEqualTo("project.actual.finishWithoutStart");
        assertThat(refusal(() -> project.recordActual("I-01", KICKOFF.plusDays(3), KICKOFF, today)).messageKey())
                .isEqualTo("schedule.endBeforeStart");
        IsmsException future = refusal(() -> project.recordActual("I-01", KICKOFF, today.plusDays(1), today));
        assertThat(future.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(future.messageKey()).isEqualTo("project.actual.inFuture");
        assertThat(refusal(() -> project.recordActual("Z-99", KICKOFF, null, today)).kind())
                .isEqualTo(IsmsException.Kind.NOT_FOUND);
        assertThat(project.step("I-01").actualStart()).isNull();
    }

    @Test
    void progressCountsFinishedStepsAgainstTheBaselineAndNamesTheLateOnes() {
        CertificationProject project = approved();
        LocalDate asOf = project.step("I-03").plannedEnd().plusDays(2);
        for (String code : List.of("I-01", "I-02")) {
            project.recordActual(code, project.step(code).plannedStart(), project.step(code).plannedEnd(), asOf);
        }
        project.recordActual("I-04", project.step("I-04").plannedStart(), null, asOf);

        ScheduleProgress progress = project.progress(asOf, TEMPLATE);

        PhaseProgress prep = progress.phase(SchedulePhase.PREP).orElseThrow();
        assertThat(prep.actualComplete()).isEqualTo(2);
        assertThat(prep.plannedComplete()).isEqualTo(4);
        assertThat(progress.late()).extracting(LateItem::code).containsExactlyInAnyOrder("I-03", "I-04");
        assertThat(project.step("I-04").actualStart()).isEqualTo(project.step("I-04").plannedStart());
        assertThat(project.step("I-01").baselineEnd()).isEqualTo(project.step("I-01").plannedEnd());
    }

    @Test
    void aNewTargetDateProposesTheScheduleAfreshAnOtherwiseRevisedOutlineKeepsTheAdjustments() {
        CertificationProject project = project();
        ProjectStep p04 = project.step("P-04");
        project.reschedule("P-04", p04.plannedStart().plusDays(7), p04.plannedEnd().plusDays(7), TEMPLATE);
        LocalDate moved = project.step("P-04").plannedStart();

        project.revise(outline(TARGET, List.of(new TeamMember("office", ProjectRole.PROJECT_LEADER))), TEMPLATE);
        assertThat(project.step("P-04").plannedStart()).isEqualTo(moved);
        assertThat(project.getTeam()).hasSize(1);

        LocalDate later = TARGET.plusMonths(3);
        project.revise(outline(later, TEAM), TEMPLATE);
        assertThat(project.getTargetCertificationDate()).isEqualTo(later);
        assertThat(project.step("P-04").plannedStart()).isEqualTo(p04.plannedStart());
        assertThat(project.step("R-04").plannedEnd()).isEqualTo(later);
    }

    @Test
    void anOutlineRefusesWhatCannotBeRight() {
        assertThat(refusal(() -> new ProjectOutline(" ", KICKOFF, TARGET, null, null, null)).arguments())
                .containsExactly("project.name");
        assertThat(refusal(() -> new ProjectOutline("x", KICKOFF, null, null, null, null)).arguments())
                .containsExactly("schedule.targetDate");
        assertThat(refusal(() -> new ProjectOutline("x".repeat(201), KICKOFF, TARGET, null, null, null)).messageKey())
                .isEqualTo("project.tooLong");
        assertThat(refusal(() -> new ProjectOutline("x", KICKOFF, TARGET, null, null,
                List.of(new TeamMember("a", ProjectRole.SECRETARIAT), new TeamMember("a", ProjectRole.SECRETARIAT))))
                .messageKey()).isEqualTo("project.team.duplicate");
        assertThat(refusal(() -> new TeamMember("a", null)).arguments()).containsExactly("project.team.role");
        assertThat(refusal(() -> new CertificationProject(new Company("x", "x"), "PJ-2026-03",
                outline(KICKOFF.plusMonths(3), TEAM), "office", TEMPLATE)).messageKey())
                .isEqualTo("schedule.targetTooEarly");
    }
}
