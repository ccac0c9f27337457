package jp.isms.project.application;

import java.io.Serializable;
import java.time.LocalDate;
import jp.isms.project.domain.ProjectStatus;

/** A line of the project list. */
public record ProjectSummary(Long id, String key, String name, LocalDate kickoff, LocalDate targetCertificationDate,
        ProjectStatus status) implements Serializable {
}
