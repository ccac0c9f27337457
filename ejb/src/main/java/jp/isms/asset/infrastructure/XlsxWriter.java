package jp.isms.asset.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import jp.isms.asset.application.TabularFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet with POI's streaming SXSSF: only a window of rows is in memory, the rest goes to a
 * compressed temporary file that closing the workbook removes. Bold header, frozen first row, auto filter.
 */
class XlsxWriter implements TabularFiles.Writer {

    static final String SHEET_NAME = "Assets";
    private static final int WINDOW = 200;
    private static final int COLUMN_WIDTH = 18 * 256;

    @Override
    public void write(List<String> header, Iterator<List<Object>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, COLUMN_WIDTH);
            }
            sheet.createFreezePane(0, 1);
            int index = 1;
            while (rows.hasNext()) {
                List<Object> values = rows.next();
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null && !value.toString().isEmpty()) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, index - 1), 0, header.size() - 1));
            workbook.write(out);
        }
    }
}
