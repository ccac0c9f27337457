package jp.isms.project.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.shared.domain.TsvTable;

/**
 * The phases and steps a master schedule is proposed from, with their dependencies: a directed acyclic graph in
 * which no step of the organisation's own work follows a step of the certification body's ({@link SchedulePhase#CERT}),
 * so that the own work can be laid out forwards from the kickoff and the certification backwards from the target.
 * The standard template is the data file {@value #STANDARD} (format in {@code reference/README.md}).
 */
public final class ScheduleTemplate {

    public static final String STANDARD = "reference/master-schedule-template.tsv";
    static final List<String> COLUMNS = List.of("code", "phase", "name_ja", "name_en", "deliverable_ja",
            "deliverable_en", "weeks", "min_weeks", "follows", "source");

    private final Map<String, TemplateStep> steps;
    private final List<TemplateStep> topological;
    private final Map<String, List<String>> dependants;

    public ScheduleTemplate(List<TemplateStep> steps) {
        Map<String, TemplateStep> byCode = new LinkedHashMap<>();
        for (TemplateStep step : steps) {
            if (byCode.putIfAbsent(step.code(), step) != null) {
                throw new IllegalArgumentException("duplicate step " + step.code());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("a schedule template needs at least one step");
        }
        Map<String, List<String>> after = new HashMap<>();
        byCode.keySet().forEach(code -> after.put(code, new ArrayList<>()));
        for (TemplateStep step : byCode.values()) {
            for (String before : step.follows()) {
                TemplateStep predecessor = byCode.get(before);
                if (predecessor == null) {
                    throw new IllegalArgumentException(step.code() + " follows " + before + ", which is not a step");
                }
                if (predecessor.phase() == SchedulePhase.CERT && step.phase() != SchedulePhase.CERT) {
                    throw new IllegalArgumentException(step.code() + " (" + step.phase() + ") cannot follow "
                            + before + " of the certification body's part");
                }
                after.get(before).add(step.code());
            }
        }
        this.steps = byCode;
        this.dependants = after;
        this.topological = sortTopologically(byCode, after);
    }

    /** Kahn's algorithm, stable in file order; a cycle leaves steps unsorted and is named. */
    private static List<TemplateStep> sortTopologically(Map<String, TemplateStep> byCode,
            Map<String, List<String>> after) {
        Map<String, Integer> waiting = new HashMap<>();
        byCode.values().forEach(s -> waiting.put(s.code(), s.follows().size()));
        List<TemplateStep> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        byCode.values().stream().filter(s -> s.follows().isEmpty()).forEach(s -> ready.add(s.code()));
        while (!ready.isEmpty()) {
            String code = ready.poll();
            order.add(byCode.get(code));
            for (String next : after.get(code)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != byCode.size()) {
            List<String> cyclic = byCode.keySet().stream().filter(c -> waiting.get(c) > 0).toList();
            throw new IllegalArgumentException("the dependencies form a cycle among " + cyclic);
        }
        return List.copyOf(order);
    }

    /** The standard template of the application, from the classpath. */
    public static ScheduleTemplate standard() {
        try (InputStream in = ScheduleTemplate.class.getClassLoader().getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IllegalStateException("Reference data file " + STANDARD + " is not on the classpath");
            }
            return parse(in, STANDARD);
        } catch (IOException e) {
            throw new UncheckedIOException(STANDARD, e);
        }
    }

    /**
     * Reads a template in the reference-data TSV format. A malformed file gives an {@link IllegalStateException}
     * naming the source and the line.
     */
    public static ScheduleTemplate parse(InputStream in, String source) {
        List<TemplateStep> steps = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(in, source, COLUMNS)) {
            steps.add(row.make(() -> new TemplateStep(row.cell(0), phase(row.cell(1)), row.cell(2), row.cell(3),
                    list(row.cell(4)), list(row.cell(5)), weeks(row.cell(6), "weeks"), weeks(row.cell(7), "min_weeks"),
                    list(row.cell(8)), row.cell(9))));
        }
        try {
            return new ScheduleTemplate(steps);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Reference data file " + source + ": " + e.getMessage(), e);
        }
    }

    private static SchedulePhase phase(String cell) {
        try {
            return SchedulePhase.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown phase '" + cell + "', expected one of "
                    + Arrays.toString(SchedulePhase.values()));
        }
    }

    private static int weeks(String cell, String column) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a whole number of weeks, not '" + cell + "'");
        }
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split("\\|", -1)).map(String::strip).toList();
    }

    /** The steps in file order. */
    public List<TemplateStep> steps() {
        return List.copyOf(steps.values());
    }

    /** The steps so that each comes after every step it follows. */
    public List<TemplateStep> topologicalOrder() {
        return topological;
    }

    public Optional<TemplateStep> step(String code) {
        return Optional.ofNullable(steps.get(code));
    }

    /** The codes of the steps that follow the given one directly. */
    public List<String> dependantsOf(String code) {
        return List.copyOf(dependants.getOrDefault(code, List.of()));
    }
}
