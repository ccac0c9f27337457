package jp.isms.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IndependenceTest {

    @Test
    void anAuditorMayNotAuditTheirOwnDepartment() {
        assertThat(Independence.refusal("HR", Set.of(), "HR")).contains("audit.independence.ownDepartment");
    }

    @Test
    void anAuditorMayNotAuditADepartmentWhereTheyOwnRecords() {
        assertThat(Independence.refusal("HR", Set.of("SALES"), "SALES")).contains("audit.independence.ownRecords");
    }

    @Test
    void anotherDepartmentWithoutTheirRecordsIsFine() {
        assertThat(Independence.refusal("HR", Set.of("SALES"), "IT")).isEmpty();
        assertThat(Independence.refusal(null, Set.of(), "IT")).isEmpty();
    }
}
