package jp.isms.shared.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The format of the repository's reference data (ejb/src/main/resources/reference/README.md):
 * UTF-8, tab-separated, one header line naming the columns, '#' comments and blank lines ignored.
 * Any defect stops the load with a message that names the file and the line.
 */
public final class TsvTable {

    private TsvTable() {
    }

    /** One data line, able to say where it is when it is wrong. */
    public record Row(String source, int number, List<String> cells) {

        public String cell(int index) {
            return cells.get(index);
        }

        public IllegalStateException error(String problem) {
            return new IllegalStateException("Reference data file " + source + ", line " + number + ": " + problem);
        }

        public void check(boolean ok, String problem) {
            if (!ok) {
                throw error(problem);
            }
        }

        /** Builds a value; a refusal of the value's own checks becomes an error at this line. */
        public <T> T make(Supplier<T> factory) {
            try {
                return factory.get();
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
    }

    public static List<Row> read(InputStream in, String source, List<String> columns) {
        if (in == null) {
            throw new IllegalStateException("Reference data file " + source + " is not on the classpath");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String text;
            int number = 0;
            boolean header = true;
            while ((text = reader.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                Row row = new Row(source, number, Arrays.stream(text.split("\t", -1)).map(String::strip).toList());
                if (header) {
                    row.check(row.cells().equals(columns), "header must be " + String.join("<TAB>", columns)
                            + " but is " + String.join("<TAB>", row.cells()));
                    header = false;
                    continue;
                }
                row.check(row.cells().size() == columns.size(), "expected " + columns.size()
                        + " TAB-separated columns " + columns + " but found " + row.cells().size());
                rows.add(row);
            }
            if (header) {
                throw new IllegalStateException("Reference data file " + source + " is empty (no header line)");
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("Reference data file " + source + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data file " + source, e);
        }
    }
}
