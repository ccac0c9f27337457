package jp.isms.asset.infrastructure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import jp.isms.asset.application.TabularFiles;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte order mark, so that Japanese Excel opens it with the right
 * encoding, CRLF line ends, every field in double quotes.
 */
class CsvWriter implements TabularFiles.Writer {

    @Override
    public void write(List<String> header, Iterator<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, header);
        while (rows.hasNext()) {
            line(writer, rows.next());
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object cell = cells.get(i);
            writer.write('"');
            writer.write((cell == null ? "" : cell.toString()).replace("\"", "\"\""));
            writer.write('"');
        }
        writer.write("\r\n");
    }
}
