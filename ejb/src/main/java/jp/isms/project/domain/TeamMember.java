package jp.isms.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.isms.shared.domain.IsmsException;

/** One member of the project team: a user of the system and the role they play in the project. */
@Embeddable
public class TeamMember {

    @Column(name = "username", nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_role", nullable = false)
    private ProjectRole role;

    protected TeamMember() {
    }

    public TeamMember(String username, ProjectRole role) {
        if (username == null || username.isBlank()) {
            throw IsmsException.invalid("validation.required", "project.team.username");
        }
        if (role == null) {
            throw IsmsException.invalid("validation.required", "project.team.role");
        }
        this.username = username.trim();
        this.role = role;
    }

    public String username() {
        return username;
    }

    public ProjectRole role() {
        return role;
    }

    String canonical() {
        return "team:" + username + "|" + role.name();
    }
}
