package jp.isms.corrective.application;

import java.time.LocalDate;
import jp.isms.shared.domain.NonconformityGrade;

/**
 * An incident the ISMS office records as a nonconformity.
 *
 * @param departmentCode the department concerned, null for the ISMS as a whole
 * @param occurredOn     the day it happened; today when null
 */
public record IncidentInput(String description, NonconformityGrade grade, String departmentCode, String requirement,
        LocalDate occurredOn) {
}
