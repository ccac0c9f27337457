package jp.isms.project.application;

import java.time.LocalDate;
import java.util.List;
import jp.isms.project.domain.ProjectRole;

/**
 * What the office enters for a project, before the domain checks it. A missing kickoff means today.
 *
 * @param team the members by username and project role
 */
public record ProjectInput(String name, LocalDate kickoff, LocalDate targetCertificationDate, String scopeOutline,
        List<String> certificationBodies, List<MemberInput> team) {

    public record MemberInput(String username, ProjectRole role) {
    }
}
