package jp.isms.project.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.isms.organisation.domain.Company;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Sha256;

/**
 * A certification project (認証取得プロジェクト, business key {@code PJ-2026-01}): what the ISMS office prepares
 * for the kickoff and top management commits to. Its master schedule is stored as the dates of each step and
 * rebuilt as a {@link MasterSchedule} whenever a rule of the schedule applies, so the rules live in one place.
 *
 * <p>Every round of submission is a revision (1, 2, …): a return by top management starts the next one, and each
 * decision is recorded against the revision it was about, with the SHA-256 of exactly that content
 * ({@link #fingerprint()}). Approval freezes the planned dates as the baseline; from then on only actual dates
 * are recorded.
 */
@Entity
@Table(name = "certification_project")
public class CertificationProject extends Identified {

    public static final String KEY_PREFIX = "PJ-";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "project_key", nullable = false)
    private String projectKey;

    @Column(nullable = false)
    private String name;

    @Column(name = "kickoff_date", nullable = false)
    private LocalDate kickoff;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetCertificationDate;

    @Column(name = "scope_outline", length = ProjectOutline.MAX_SCOPE)
    private String scopeOutline;

    @ElementCollection
    @CollectionTable(name = "project_certification_body", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> certificationBodies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_team_member", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_step", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "step_code")
    private Map<String, ProjectStep> steps = new HashMap<>();

    @Column(name = "compression_percent", nullable = false)
    private int compressionPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_fingerprint")
    private String submittedFingerprint;

    @Column(name = "approved_fingerprint")
    private String approvedFingerprint;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CertificationProject() {
    }

    /** A new draft with the master schedule the system proposes from the kickoff to the target date. */
    public CertificationProject(Company company, String projectKey, ProjectOutline outline, String createdBy,
            ScheduleTemplate template) {
        if (projectKey == null || !projectKey.matches("PJ-\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("project key must look like PJ-2026-01, not " + projectKey);
        }
        this.company = company;
        this.projectKey = projectKey;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.status = ProjectStatus.DRAFT;
        this.revision = 1;
        apply(outline, template);
    }

    /**
     * Changes what the office said about the project. A new kickoff or target date proposes the schedule afresh
     * (the old adjustments were made for other dates); otherwise the adjusted schedule stays.
     */
    public void revise(ProjectOutline outline, ScheduleTemplate template) {
        requireEditable();
        apply(outline, template);
    }

    private void apply(ProjectOutline outline, ScheduleTemplate template) {
        boolean newDates = !outline.kickoff().equals(kickoff)
                || !outline.targetCertificationDate().equals(targetCertificationDate);
        name = outline.name();
        scopeOutline = outline.scopeOutline();
        certificationBodies.clear();
        certificationBodies.addAll(outline.certificationBodies());
        team.clear();
        team.addAll(outline.team());
        if (newDates) {
            MasterSchedule proposal = MasterSchedule.propose(outline.kickoff(), outline.targetCertificationDate(),
                    template);
            kickoff = outline.kickoff();
            targetCertificationDate = outline.targetCertificationDate();
            compressionPercent = proposal.compressionPercent();
            steps.clear();
            proposal.steps().forEach(s -> steps.put(s.code(), ProjectStep.planned(s.start(), s.end())));
        }
    }

    /** The schedule with its rules: proposed (adjustable) until approval, the baseline afterwards. */
    public MasterSchedule schedule(ScheduleTemplate template) {
        Map<String, MasterSchedule.Dates> dates = new HashMap<>();
        steps.forEach((code, step) -> dates.put(code, step.plannedDates()));
        return MasterSchedule.restore(kickoff, targetCertificationDate, template, compressionPercent,
                status == ProjectStatus.APPROVED, dates);
    }

    /** The office adjusts a step's planned dates; steps that follow are pushed as {@link MasterSchedule} says. */
    public void reschedule(String code, LocalDate start, LocalDate end, ScheduleTemplate template) {
        if (status == ProjectStatus.IN_APPROVAL) {
            throw IsmsException.conflict("project.lockedInApproval");
        }
        MasterSchedule schedule = schedule(template);
        schedule.reschedule(code, start, end);
        for (ScheduledStep step : schedule.steps()) {
            ProjectStep stored = steps.get(step.code());
            if (!stored.plannedStart().equals(step.start()) || !stored.plannedEnd().equals(step.end())) {
                steps.put(step.code(), ProjectStep.planned(step.start(), step.end()));
            }
        }
    }

    /**
     * What actually happened to a step, after the baseline. A finish needs a start, neither may lie after
     * {@code today}, and a step cannot finish before it started. Both empty clears the record.
     */
    public void recordActual(String code, LocalDate start, LocalDate finish, LocalDate today) {
        if (status != ProjectStatus.APPROVED) {
            throw IsmsException.conflict("project.actualsNeedBaseline");
        }
        ProjectStep step = steps.get(code);
        if (step == null) {
            throw IsmsException.notFound("schedule.unknownStep", code);
        }
        if (finish != null && start == null) {
            throw IsmsException.invalid("project.actual.finishWithoutStart", code);
        }
        if (start != null && finish != null && finish.isBefore(start)) {
            throw IsmsException.invalid("schedule.endBeforeStart", code, start.toString(), finish.toString());
        }
        for (LocalDate date : new LocalDate[] { start, finish }) {
            if (date != null && date.isAfter(today)) {
                throw IsmsException.invalid("project.actual.inFuture", code, date.toString(), today.toString());
            }
        }
        steps.put(code, step.withActual(start, finish));
    }

    /** The baseline against what actually happened, on {@code asOf}. */
    public ScheduleProgress progress(LocalDate asOf, ScheduleTemplate template) {
        Map<String, LocalDate> finished = new HashMap<>();
        steps.forEach((code, step) -> {
            if (step.actualEnd() != null && !step.actualEnd().isAfter(asOf)) {
                finished.put(code, step.actualEnd());
            }
        });
        return schedule(template).progress(asOf, finished);
    }

    public void submit(String username) {
        if (!status.editable()) {
            throw IsmsException.conflict("project.notSubmittable", status.messageKey());
        }
        if (team.stream().noneMatch(m -> m.role() == ProjectRole.PROJECT_LEADER)) {
            throw IsmsException.invalid("project.team.leaderRequired");
        }
        status = ProjectStatus.IN_APPROVAL;
        submittedBy = username;
        submittedFingerprint = fingerprint();
    }

    /** Top management sends it back; what the office resubmits is the next revision. */
    public void returnForRevision() {
        requireInApproval();
        status = ProjectStatus.RETURNED;
        revision++;
    }

    /**
     * Top management's commitment. The content must be the one submitted, else the approval would cover something
     * nobody showed them. The planned dates become the baseline.
     */
    public void approve(ScheduleTemplate template) {
        requireInApproval();
        String current = fingerprint();
        if (!current.equals(submittedFingerprint)) {
            throw IsmsException.conflict("project.changedSinceSubmission");
        }
        schedule(template).baseline();
        steps.replaceAll((code, step) -> step.baselined());
        status = ProjectStatus.APPROVED;
        approvedFingerprint = current;
        approvedAt = Instant.now();
    }

    /** SHA-256 over the canonical form of what top management decides on: the outline, the team and every planned date. */
    public String fingerprint() {
        List<String> lines = new ArrayList<>();
        lines.add("project:" + projectKey + "|" + name + "|" + kickoff + "|" + targetCertificationDate);
        lines.add("scope:" + (scopeOutline == null ? "" : scopeOutline));
        certificationBodies.forEach(b -> lines.add("body:" + b));
        team.forEach(m -> lines.add(m.canonical()));
        new TreeMap<>(steps).forEach((code, s) -> lines.add("step:" + code + "|" + s.plannedStart() + "|" + s.plannedEnd()));
        return Sha256.hex(String.join("\n", lines));
    }

    private void requireEditable() {
        if (status == ProjectStatus.IN_APPROVAL) {
            throw IsmsException.conflict("project.lockedInApproval");
        }
        if (!status.editable()) {
            throw IsmsException.conflict("schedule.baselined");
        }
    }

    private void requireInApproval() {
        if (status != ProjectStatus.IN_APPROVAL) {
            throw IsmsException.conflict("project.notInApproval", status.messageKey());
        }
    }

    public Company getCompany() {
        return company;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getName() {
        return name;
    }

    public LocalDate getKickoff() {
        return kickoff;
    }

    public LocalDate getTargetCertificationDate() {
        return targetCertificationDate;
    }

    public String getScopeOutline() {
        return scopeOutline;
    }

    public List<String> getCertificationBodies() {
        return List.copyOf(certificationBodies);
    }

    public List<TeamMember> getTeam() {
        return List.copyOf(team);
    }

    public ProjectStep step(String code) {
        return steps.get(code);
    }

    public int getCompressionPercent() {
        return compressionPercent;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getApprovedFingerprint() {
        return approvedFingerprint;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
