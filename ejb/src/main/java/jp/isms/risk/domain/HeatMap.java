package jp.isms.risk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A 5 × 5 grid of likelihood × impact with the number of risks in each cell, for the inherent or the residual
 * values. A cell's level is the stored level of its risks (whatever method scored them); an empty cell shows the
 * level the default matrix would give it, so the grid is coloured throughout.
 */
public record HeatMap(List<Cell> cells) {

    /** How many risks fall into one cell, and at which level the database stored them. */
    public record CellCount(int likelihood, int impact, RiskLevel level, long count) {
    }

    public record Cell(int likelihood, int impact, long count, RiskLevel level) implements java.io.Serializable {
    }

    public HeatMap {
        cells = List.copyOf(cells);
    }

    /** Cells from the database's counts, every cell present: impact 5 first (the top row), likelihood 1 first. */
    public static HeatMap of(List<CellCount> counts) {
        List<Cell> cells = new ArrayList<>();
        for (int impact = RiskMatrix.MAX; impact >= RiskMatrix.MIN; impact--) {
            for (int likelihood = RiskMatrix.MIN; likelihood <= RiskMatrix.MAX; likelihood++) {
                int l = likelihood;
                int i = impact;
                List<CellCount> here = counts.stream().filter(c -> c.likelihood() == l && c.impact() == i).toList();
                long count = here.stream().mapToLong(CellCount::count).sum();
                RiskLevel level = here.stream().map(CellCount::level).max(Comparator.naturalOrder())
                        .orElseGet(() -> RiskMatrix.level(RiskMatrix.score(l, i)));
                cells.add(new Cell(likelihood, impact, count, level));
            }
        }
        return new HeatMap(cells);
    }

    public long total() {
        return cells.stream().mapToLong(Cell::count).sum();
    }

    public long count(int likelihood, int impact) {
        return cells.stream().filter(c -> c.likelihood() == likelihood && c.impact() == impact)
                .mapToLong(Cell::count).sum();
    }

    /** The grid's rows, top (impact 5) to bottom, for screens. */
    public List<List<Cell>> rows() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < RiskMatrix.MAX; r++) {
            rows.add(cells.subList(r * RiskMatrix.MAX, (r + 1) * RiskMatrix.MAX));
        }
        return rows;
    }
}
