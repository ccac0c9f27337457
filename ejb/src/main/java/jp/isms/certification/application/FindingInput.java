package jp.isms.certification.application;

import java.time.LocalDate;
import jp.isms.certification.domain.FindingGrade;

/** A finding as the office types it from the body's report. */
public record FindingInput(FindingGrade grade, String requirement, String departmentCode, String text,
        LocalDate deadline) {
}
