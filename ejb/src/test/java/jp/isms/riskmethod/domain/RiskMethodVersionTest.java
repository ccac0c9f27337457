package jp.isms.riskmethod.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskMethodVersionTest {

    @ParameterizedTest
    @EnumSource(MethodKind.class)
    void theDefaultTableOfEveryKindIsValidAndCoversItsWholeRange(MethodKind kind) {
        RiskMethodVersion version = new RiskMethodVersion(null, 1, kind, kind.defaultScale(), kind.defaultLevels(),
                "ciso", null);

        assertThat(version.rule(RiskLevel.LOW).getFromScore()).isEqualTo(version.minScore());
        assertThat(version.toScore(RiskLevel.LOW) + 1).isEqualTo(version.rule(RiskLevel.MEDIUM).getFromScore());
        assertThat(version.toScore(RiskLevel.MEDIUM) + 1).isEqualTo(version.rule(RiskLevel.HIGH).getFromScore());
        assertThat(version.toScore(RiskLevel.HIGH)).isEqualTo(version.maxScore());
    }

    @Test
    void theThreeKindsComputeTheirScoresAndRanges() {
        assertThat(MethodKind.MULTIPLICATIVE.score(5, 4, 5)).isEqualTo(20);
        assertThat(MethodKind.ADDITIVE.score(5, 4, 5)).isEqualTo(9);
        assertThat(MethodKind.ASSET_THREAT_VULNERABILITY.score(3, 3, 2, 3)).isEqualTo(18);
        assertThat(List.of(MethodKind.MULTIPLICATIVE.minScore(5), MethodKind.MULTIPLICATIVE.maxScore(5),
                MethodKind.ADDITIVE.minScore(5), MethodKind.ADDITIVE.maxScore(5),
                MethodKind.ASSET_THREAT_VULNERABILITY.minScore(3), MethodKind.ASSET_THREAT_VULNERABILITY.maxScore(3)))
                .containsExactly(1, 25, 2, 10, 1, 27);
    }

    @Test
    void theDefaultsAreTheOrganisationsUsualCriteria() {
        assertThat(MethodKind.MULTIPLICATIVE.defaultLevels()).extracting(LevelRule::getFromScore).containsExactly(1, 7, 15);
        assertThat(MethodKind.ADDITIVE.defaultLevels()).extracting(LevelRule::getFromScore).containsExactly(2, 6, 8);
        assertThat(MethodKind.ASSET_THREAT_VULNERABILITY.defaultLevels()).extracting(LevelRule::getFromScore)
                .containsExactly(1, 7, 13);
        assertThat(MethodKind.MULTIPLICATIVE.defaultLevels()).extracting(LevelRule::getAcceptor)
                .containsExactly(Acceptor.RISK_OWNER, Acceptor.CISO, Acceptor.TOP_MANAGEMENT);
        assertThat(MethodKind.ADDITIVE.defaultLevels()).extracting(LevelRule::getAction)
                .as("a sum at or above the threshold must be treated")
                .containsExactly(RequiredAction.ACCEPT, RequiredAction.TREAT, RequiredAction.TREAT);
    }

    @Test
    void thresholdsMustAscend() {
        assertThat(refused(MethodKind.MULTIPLICATIVE, 5, 1, 15, 15).messageKey()).isEqualTo("method.thresholdsNotAscending");
        assertThat(refused(MethodKind.MULTIPLICATIVE, 5, 1, 16, 15).messageKey()).isEqualTo("method.thresholdsNotAscending");
    }

    @Test
    void thresholdsMustLieWithinTheScalesRange() {
        IsmsException high = refused(MethodKind.MULTIPLICATIVE, 5, 1, 7, 26);
        assertThat(high.messageKey()).isEqualTo("method.thresholdOutOfRange");
        assertThat(high.arguments()).containsExactly("level.HIGH", 1, 25);
        assertThat(refused(MethodKind.ADDITIVE, 5, 1, 6, 8).messageKey()).isEqualTo("method.thresholdOutOfRange");
        // the top of the range may itself start a level
        new RiskMethodVersion(null, 2, MethodKind.MULTIPLICATIVE, 5, levels(1, 7, 25), "ciso", null);
    }

    @Test
    void theLowestLevelMustStartAtTheLowestScoreSoEveryScoreIsCovered() {
        IsmsException e = refused(MethodKind.MULTIPLICATIVE, 5, 2, 7, 15);
        assertThat(e.messageKey()).isEqualTo("method.notCovered");
        assertThat(e.arguments()).containsExactly(1);
    }

    @Test
    void everyLevelOnceInOrderWithActionAndAcceptor() {
        List<LevelRule> swapped = List.of(new LevelRule(RiskLevel.MEDIUM, 1, RequiredAction.ACCEPT, Acceptor.CISO),
                new LevelRule(RiskLevel.LOW, 7, RequiredAction.TREAT, Acceptor.CISO),
                new LevelRule(RiskLevel.HIGH, 15, RequiredAction.TREAT, Acceptor.TOP_MANAGEMENT));
        assertThat(catchThrowableOfType(IsmsException.class, () -> RiskMethodVersion.check(MethodKind.MULTIPLICATIVE, 5, swapped))
                .messageKey()).isEqualTo("method.levelsIncomplete");
        assertThat(catchThrowableOfType(IsmsException.class, () -> RiskMethodVersion.check(MethodKind.MULTIPLICATIVE, 5,
                levels(1, 7, 15).subList(0, 2))).messageKey()).isEqualTo("method.levelsIncomplete");
        List<LevelRule> noAcceptor = List.of(new LevelRule(RiskLevel.LOW, 1, RequiredAction.ACCEPT, null),
                levels(1, 7, 15).get(1), levels(1, 7, 15).get(2));
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> RiskMethodVersion.check(MethodKind.MULTIPLICATIVE, 5, noAcceptor));
        assertThat(e.messageKey()).isEqualTo("validation.required");
        assertThat(e.arguments()).containsExactly("method.acceptor");
    }

    @Test
    void theScaleIsBounded() {
        assertThat(refused(MethodKind.MULTIPLICATIVE, 1, 1, 2, 3).messageKey()).isEqualTo("method.scaleOutOfRange");
        assertThat(refused(MethodKind.MULTIPLICATIVE, 11, 1, 2, 3).messageKey()).isEqualTo("method.scaleOutOfRange");
    }

    @Test
    void factorsOutsideTheScaleAreRefusedNamingTheField() {
        RiskMethodVersion atv = new RiskMethodVersion(null, 1, MethodKind.ASSET_THREAT_VULNERABILITY, 3,
                MethodKind.ASSET_THREAT_VULNERABILITY.defaultLevels(), "ciso", null);
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> atv.score(new String[] {"risk.assetValue", "risk.threatLevel", "risk.vulnerabilityLevel"}, 3, 4, 1));
        assertThat(e.messageKey()).isEqualTo("risk.valueOutOfRange");
        assertThat(e.arguments()).containsExactly("risk.threatLevel", 1, 3);
        assertThat(atv.score(new String[] {"a", "t", "v"}, 3, 3, 3)).isEqualTo(27);
    }

    private static IsmsException refused(MethodKind kind, int scale, int low, int medium, int high) {
        return catchThrowableOfType(IsmsException.class,
                () -> new RiskMethodVersion(null, 2, kind, scale, levels(low, medium, high), "ciso", null));
    }

    static List<LevelRule> levels(int low, int medium, int high) {
        return List.of(new LevelRule(RiskLevel.LOW, low, RequiredAction.ACCEPT, Acceptor.RISK_OWNER),
                new LevelRule(RiskLevel.MEDIUM, medium, RequiredAction.TREAT, Acceptor.CISO),
                new LevelRule(RiskLevel.HIGH, high, RequiredAction.TREAT, Acceptor.TOP_MANAGEMENT));
    }
}
