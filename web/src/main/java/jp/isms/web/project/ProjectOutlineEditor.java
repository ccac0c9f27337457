package jp.isms.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.isms.project.application.CertificationProjects;
import jp.isms.project.application.ProjectDates;
import jp.isms.project.application.ProjectDetails;
import jp.isms.project.application.ProjectInput;
import jp.isms.project.domain.ProjectRole;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The dialog in which the office creates a project or revises its outline and team. */
@Named
@ViewScoped
public class ProjectOutlineEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationProjects projects;

    @Inject
    ProjectPage page;

    private Long editing;
    private Long version;
    private String name;
    private String kickoff;
    private String targetDate;
    private String scopeOutline;
    private String bodies;
    private final List<ProjectInput.MemberInput> team = new ArrayList<>();
    private String newUsername;
    private ProjectRole newRole = ProjectRole.PROJECT_LEADER;
    private List<CertificationProjects.UserChoice> candidates;

    public void startNew() {
        editing = null;
        version = null;
        name = null;
        LocalDate today = LocalDate.now(CertificationProjects.ZONE);
        kickoff = ProjectDates.format(today);
        targetDate = ProjectDates.format(today.plusMonths(10));
        scopeOutline = null;
        bodies = null;
        team.clear();
    }

    public void startEdit() {
        ProjectDetails p = page.getProject();
        editing = p.id();
        version = p.lockVersion();
        name = p.name();
        kickoff = ProjectDates.format(p.kickoff());
        targetDate = ProjectDates.format(p.targetCertificationDate());
        scopeOutline = p.scopeOutline();
        bodies = String.join("\n", p.certificationBodies());
        team.clear();
        p.team().forEach(m -> team.add(new ProjectInput.MemberInput(m.username(), m.role())));
    }

    public void addMember() {
        if (newUsername != null && !newUsername.isBlank()) {
            team.add(new ProjectInput.MemberInput(newUsername, newRole));
            newUsername = null;
        }
    }

    public void removeMember(int index) {
        team.remove(index);
    }

    public void save() {
        ProjectDetails[] saved = new ProjectDetails[1];
        if (Ui.attempt(() -> {
            ProjectInput input = new ProjectInput(name, ProjectDates.parse(kickoff, "schedule.kickoff"),
                    ProjectDates.parse(targetDate, "schedule.targetDate"), scopeOutline,
                    bodies == null ? List.of() : Arrays.asList(bodies.split("\\R")), List.copyOf(team));
            saved[0] = editing == null ? projects.create(currentUser.actor(), input)
                    : projects.revise(currentUser.actor(), editing, input, version);
        })) {
            Ui.info(editing == null ? "project.created" : "project.saved", saved[0].key());
            page.show(saved[0]);
            org.primefaces.PrimeFaces.current().executeScript("PF('outlineDialog').hide()");
        }
    }

    public String displayName(String username) {
        return getCandidates().stream().filter(c -> c.username().equals(username)).findFirst()
                .map(CertificationProjects.UserChoice::displayName).orElse(username);
    }

    public List<CertificationProjects.UserChoice> getCandidates() {
        if (candidates == null) {
            candidates = projects.teamCandidates(currentUser.actor());
        }
        return candidates;
    }

    public ProjectRole[] getRoles() {
        return ProjectRole.values();
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<ProjectInput.MemberInput> getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKickoff() {
        return kickoff;
    }

    public void setKickoff(String kickoff) {
        this.kickoff = kickoff;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(String targetDate) {
        this.targetDate = targetDate;
    }

    public String getScopeOutline() {
        return scopeOutline;
    }

    public void setScopeOutline(String scopeOutline) {
        this.scopeOutline = scopeOutline;
    }

    public String getBodies() {
        return bodies;
    }

    public void setBodies(String bodies) {
        this.bodies = bodies;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public ProjectRole getNewRole() {
        return newRole;
    }

    public void setNewRole(ProjectRole newRole) {
        this.newRole = newRole;
    }
}
