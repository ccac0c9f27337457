package jp.isms.rule.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.isms.rule.domain.RequirementKind;
import org.junit.jupiter.api.Test;

class CoverageSummaryTest {

    private static MappingRow mapping(String clause, String ruleNo, boolean retired) {
        return new MappingRow(1, RequirementKind.CLAUSE, clause, ruleNo, "規程", retired, "証跡");
    }

    @Test
    void aClauseIsCoveredOnlyByARuleInForce() {
        CoverageSummary summary = new CoverageSummary(List.of(
                new RequirementCoverage("4.1", "組織及びその状況の理解", false, List.of(mapping("4.1", "R-1", false))),
                new RequirementCoverage("6.3", "変更の計画策定", false, List.of()),
                new RequirementCoverage("9.1", "監視、測定、分析及び評価", false, List.of(mapping("9.1", "R-2", true))),
                new RequirementCoverage("9.2", "内部監査", false,
                        List.of(mapping("9.2", "R-2", true), mapping("9.2", "R-3", false)))));
        assertThat(summary.covered()).isEqualTo(2);
        assertThat(summary.gaps()).isEqualTo(2);
        assertThat(summary.gapIds()).containsExactly("6.3", "9.1");
    }
}
