package jp.isms.asset.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Builds import files in the tests themselves: no binary fixtures in the repository. */
final class TestFiles {

    static final List<Object> HEADER_JA = List.of("資産番号", "資産名", "種別", "機密区分", "機密性", "完全性", "可用性",
            "管理責任者", "部門コード", "保管場所");
    static final List<Object> HEADER_EN = List.of("Asset No.", "Asset name", "Type", "Classification",
            "Confidentiality", "Integrity", "Availability", "Owner", "Department code", "Location");

    private TestFiles() {
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @SafeVarargs
    static List<List<Object>> rows(List<Object>... rows) {
        return List.of(rows);
    }

    /** An .xlsx with one sheet; Integer cells are numeric, null cells are left out. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(rows, out);
        return out.toByteArray();
    }

    static void writeXlsx(Iterable<List<Object>> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            fill(workbook, rows);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Workbook workbook, Iterable<List<Object>> rows) {
        Sheet sheet = workbook.createSheet("資産目録");
        int r = 0;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    static byte[] csv(List<List<Object>> rows, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                String cell = row.get(c) == null ? "" : row.get(c).toString();
                text.append(cell.matches(".*[,\"\r\n].*") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append("\r\n");
        }
        byte[] body = text.toString().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }
}
