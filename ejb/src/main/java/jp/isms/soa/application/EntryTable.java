package jp.isms.soa.application;

import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.isms.shared.domain.TsvTable;
import jp.isms.soa.domain.EntryChange;
import jp.isms.soa.domain.ImplementationStatus;

/**
 * A whole statement as a TSV file (control, applicable yes/no, status, justification, risks separated by
 * commas, rules separated by |): how the demo company's approved statement is shipped.
 */
public final class EntryTable {

    static final List<String> COLUMNS = List.of("control", "applicable", "status", "justification", "risks", "rules");

    private EntryTable() {
    }

    public static Map<String, EntryChange> read(String resource) {
        InputStream in = EntryTable.class.getClassLoader().getResourceAsStream(resource);
        Map<String, EntryChange> entries = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(in, resource, COLUMNS)) {
            boolean applicable = "yes".equals(row.cell(1));
            entries.put(row.cell(0), row.make(() -> new EntryChange(applicable, row.cell(3),
                    row.cell(2).isEmpty() ? null : ImplementationStatus.valueOf(row.cell(2)), split(row.cell(4), ","),
                    split(row.cell(5), "\\|"))));
        }
        return entries;
    }

    private static List<String> split(String cell, String separator) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(separator)).map(String::strip).toList();
    }
}
