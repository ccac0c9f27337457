package jp.isms.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapTest {

    @Test
    void everyCellIsPresentTopRowImpactFiveAndCountsAddUp() {
        HeatMap map = HeatMap.of(List.of(new HeatMap.CellCount(4, 5, RiskLevel.HIGH, 2),
                new HeatMap.CellCount(1, 1, RiskLevel.LOW, 3)));

        assertThat(map.cells()).hasSize(25);
        assertThat(map.rows()).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(map.rows().get(0).get(3)).isEqualTo(new HeatMap.Cell(4, 5, 2, RiskLevel.HIGH));
        assertThat(map.rows().get(4).get(0)).isEqualTo(new HeatMap.Cell(1, 1, 3, RiskLevel.LOW));
        assertThat(map.total()).isEqualTo(5);
        assertThat(map.count(2, 2)).isZero();
    }

    @Test
    void aCellShowsTheStoredLevelOfItsRisksAndAnEmptyCellTheDefaultMatrixLevel() {
        // stored by another method: 3 × 3 is high there
        HeatMap map = HeatMap.of(List.of(new HeatMap.CellCount(3, 3, RiskLevel.HIGH, 1),
                new HeatMap.CellCount(3, 3, RiskLevel.MEDIUM, 1)));

        assertThat(map.rows().get(2).get(2).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(map.rows().get(2).get(2).count()).isEqualTo(2);
        assertThat(map.rows().get(0).get(4).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(map.rows().get(4).get(0).level()).isEqualTo(RiskLevel.LOW);
        assertThat(map.rows().get(3).get(3).level()).isEqualTo(RiskLevel.MEDIUM);
    }
}
