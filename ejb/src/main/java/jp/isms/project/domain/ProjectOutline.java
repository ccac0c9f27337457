package jp.isms.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.isms.shared.domain.IsmsException;

/**
 * What the ISMS office says about a certification project when it creates or revises it: its name, when it starts,
 * when the certificate is wanted, what the scope will roughly be, which certification bodies are considered, and who
 * is on the team. Checked here so that every way in (screen, API, demo data) refuses the same things.
 */
public record ProjectOutline(String name, LocalDate kickoff, LocalDate targetCertificationDate, String scopeOutline,
        List<String> certificationBodies, List<TeamMember> team) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SCOPE = 4000;

    public ProjectOutline {
        if (name == null || name.isBlank()) {
            throw IsmsException.invalid("validation.required", "project.name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw IsmsException.invalid("project.tooLong", "project.name", MAX_NAME);
        }
        if (kickoff == null) {
            throw IsmsException.invalid("validation.required", "schedule.kickoff");
        }
        if (targetCertificationDate == null) {
            throw IsmsException.invalid("validation.required", "schedule.targetDate");
        }
        scopeOutline = scopeOutline == null || scopeOutline.isBlank() ? null : scopeOutline.strip();
        if (scopeOutline != null && scopeOutline.length() > MAX_SCOPE) {
            throw IsmsException.invalid("project.tooLong", "project.scopeOutline", MAX_SCOPE);
        }
        List<String> bodies = new ArrayList<>();
        for (String body : certificationBodies == null ? List.<String>of() : certificationBodies) {
            String trimmed = body == null ? "" : body.strip();
            if (trimmed.length() > MAX_NAME) {
                throw IsmsException.invalid("project.tooLong", "project.certificationBodies", MAX_NAME);
            }
            if (!trimmed.isEmpty() && !bodies.contains(trimmed)) {
                bodies.add(trimmed);
            }
        }
        certificationBodies = List.copyOf(bodies);
        Set<String> seen = new HashSet<>();
        for (TeamMember member : team == null ? List.<TeamMember>of() : team) {
            if (!seen.add(member.canonical())) {
                throw IsmsException.invalid("project.team.duplicate", member.username());
            }
        }
        team = team == null ? List.of() : List.copyOf(team);
    }
}
