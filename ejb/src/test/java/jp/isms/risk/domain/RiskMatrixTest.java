package jp.isms.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskMatrixTest {

    @ParameterizedTest(name = "likelihood {0} × impact {1} = {2}")
    @CsvSource({ "1,1,1", "2,3,6", "3,2,6", "4,2,8", "3,4,12", "5,3,15", "4,5,20", "5,5,25" })
    void scoreIsLikelihoodTimesImpact(int likelihood, int impact, int expected) {
        // when
        int score = RiskMatrix.score(likelihood, impact);

        // then
        assertThat(score).isEqualTo(expected);
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({ "1,LOW", "5,LOW", "6,LOW", "8,MEDIUM", "9,MEDIUM", "10,MEDIUM", "12,MEDIUM", "15,HIGH", "16,HIGH",
            "20,HIGH", "25,HIGH" })
    void levelBoundaries(int score, RiskLevel expected) {
        assertThat(RiskMatrix.level(score)).isEqualTo(expected);
    }

    @Test
    void levelOfTheComputedScoreFollowsTheGrid() {
        // given the highest low and lowest medium cells of the 5 × 5 grid
        // then
        assertThat(RiskMatrix.level(RiskMatrix.score(2, 3))).isEqualTo(RiskLevel.LOW);
        assertThat(RiskMatrix.level(RiskMatrix.score(2, 4))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskMatrix.level(RiskMatrix.score(3, 4))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskMatrix.level(RiskMatrix.score(3, 5))).isEqualTo(RiskLevel.HIGH);
    }

    @ParameterizedTest(name = "likelihood {0}, impact {1} refused")
    @CsvSource({ "0,3,risk.likelihood", "6,3,risk.likelihood", "3,0,risk.impact", "3,6,risk.impact",
            "-1,3,risk.likelihood" })
    void valuesOutsideOneToFiveAreRefused(int likelihood, int impact, String field) {
        // when
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> RiskMatrix.score(likelihood, impact));

        // then
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("risk.valueOutOfRange");
        assertThat(e.arguments()).containsExactly(field, 1, 5);
    }
}
