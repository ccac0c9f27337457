package jp.isms.corrective.application;

import java.time.LocalDate;
import jp.isms.corrective.domain.ActionState;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformitySource;

/** One line of the register of nonconformities. */
public record RegisterRow(long id, String actionNo, NonconformitySource source, String sourceReference,
        NonconformityGrade grade, String departmentCode, String departmentName, String requirement, String description,
        ActionState state, String owner, LocalDate dueDate, LocalDate raisedOn, long ageDays, boolean overdue,
        LocalDate closedOn) implements java.io.Serializable {
}
