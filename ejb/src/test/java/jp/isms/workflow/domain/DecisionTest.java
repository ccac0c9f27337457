package jp.isms.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = { "approve|APPROVE", "APPROVE|APPROVE", "Return|RETURN",
            "'  reject  '|REJECT", "'\tresubmit\n'|RESUBMIT", "sUbMiT|SUBMIT" })
    void parseIsCaseInsensitiveAndTrims(String input, Decision expected) {
        assertThat(Decision.parse(input)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "approved", "ok", "app rove", "accept" })
    void parseOfAnythingElseIsEmpty(String input) {
        assertThat(Decision.parse(input)).isEmpty();
    }

    @Test
    void onlyReturnAndRejectRequireAComment() {
        // when
        EnumSet<Decision> requiring = EnumSet.noneOf(Decision.class);
        for (Decision d : Decision.values()) {
            if (d.requiresComment()) {
                requiring.add(d);
            }
        }

        // then
        assertThat(requiring).containsExactlyInAnyOrder(Decision.RETURN, Decision.REJECT);
    }

    @Test
    void processValueIsTheLowerCaseName() {
        assertThat(Decision.APPROVE.processValue()).isEqualTo("approve");
        assertThat(Decision.RESUBMIT.processValue()).isEqualTo("resubmit");
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void processValueParsesBackToTheSameDecision(Decision decision) {
        assertThat(decision.processValue()).isLowerCase();
        assertThat(Decision.parse(decision.processValue())).contains(decision);
    }
}
