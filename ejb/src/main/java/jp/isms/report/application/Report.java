package jp.isms.report.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a controlled document shows, before any layout: the facts every page's header and footer repeat,
 * and the body as a list of blocks. Texts are already in the reader's language.
 */
public final class Report {

    /** The header and footer facts of every page. {@code approvedOn} is null for a draft. */
    public record Header(String companyName, String title, String documentNo, int version, LocalDate approvedOn,
            List<String> approvers) {

        public Header {
            Objects.requireNonNull(companyName, "companyName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(documentNo, "documentNo");
            approvers = approvers == null ? List.of() : List.copyOf(approvers);
        }

        public boolean approved() {
            return approvedOn != null;
        }
    }

    /** The labels the layout itself writes (version, page, draft ...), in the reader's language. */
    public record Labels(String version, String approvedOn, String approvers, String draft, String page) {
    }

    public sealed interface Block permits Heading, Paragraph, Facts, Table {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** Label–value lines, e.g. the assessment's key, status and hash. */
    public record Facts(List<String[]> lines) implements Block {
    }

    /** A table whose header row repeats on every page it runs over; weights share the width out. */
    public record Table(List<String> columns, List<Float> weights, List<List<String>> rows) implements Block {

        public Table {
            if (columns.size() != weights.size()) {
                throw new IllegalArgumentException("one weight per column");
            }
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size());
                }
            }
        }
    }

    public enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    private final Header header;
    private final Labels labels;
    private final Orientation orientation;
    private final List<Block> blocks = new ArrayList<>();

    public Report(Header header, Labels labels, Orientation orientation) {
        this.header = Objects.requireNonNull(header);
        this.labels = Objects.requireNonNull(labels);
        this.orientation = Objects.requireNonNull(orientation);
    }

    public Report heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public Report paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    public Report facts(List<String[]> lines) {
        blocks.add(new Facts(List.copyOf(lines)));
        return this;
    }

    public Report table(List<String> columns, List<Float> weights, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(columns), List.copyOf(weights), List.copyOf(rows)));
        return this;
    }

    public Header header() {
        return header;
    }

    public Labels labels() {
        return labels;
    }

    public Orientation orientation() {
        return orientation;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
