package jp.isms.asset.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+81-3-1234-5678", "-2", "@SUM(A1)", "\tx", "\rx", "＝HYPERLINK(\"x\")",
            "=cmd|' /C calc'!A0" })
    void formulaLikeTextGetsAQuote(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "顧客台帳", "A-00001", "a=b", "'quoted", "", "1" })
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        assertThat(FormulaGuard.restore(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "'=1+1", "''=1+1", "'-" })
    void textThatAlreadyLooksNeutralisedSurvivesTheRoundTrip(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
    }
}
