package jp.isms.project.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class ProjectDatesTest {

    @Test
    void isoDatesAreReadEmptyIsNoneAndAnythingElseIsRefusedNamingTheField() {
        assertThat(ProjectDates.parse(" 2026-04-01 ", "schedule.start")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ProjectDates.parse("", "schedule.start")).isNull();
        assertThat(ProjectDates.parse(null, "schedule.start")).isNull();

        IsmsException e = catchThrowableOfType(IsmsException.class, () -> ProjectDates.parse("2026/04/01", "schedule.end"));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("project.dateInvalid");
        assertThat(e.arguments()).containsExactly("schedule.end", "2026/04/01");
        assertThat(ProjectDates.format(LocalDate.of(2027, 2, 1))).isEqualTo("2027-02-01");
    }
}
