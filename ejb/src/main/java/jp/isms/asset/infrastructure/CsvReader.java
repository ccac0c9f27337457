package jp.isms.asset.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.isms.asset.application.TabularFiles;
import jp.isms.shared.domain.IsmsException;

/**
 * Reads RFC 4180 CSV (comma, double quotes, {@code ""} inside quotes, CRLF or LF, line breaks inside
 * quotes) one record at a time.
 *
 * <p>The encoding: a UTF-8 byte order mark means UTF-8 (Excel's 「CSV UTF-8」); otherwise the file is
 * UTF-8 if it decodes as UTF-8 without error, else Windows-31J (the Shift_JIS of Japanese Windows, what
 * Excel's plain 「CSV (コンマ区切り)」 writes there) if it decodes as that, else it is refused. Japanese
 * text in Shift_JIS is practically never valid UTF-8, so the guess does not mistake one for the other.
 */
class CsvReader implements TabularFiles.Reader {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final int BOM_LENGTH = 3;

    @Override
    public void read(Path file, TabularFiles.RowHandler handler) throws IOException {
        boolean bom = hasBom(file);
        Charset charset = bom || decodes(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
                : decodes(file, SHIFT_JIS) ? SHIFT_JIS : null;
        if (charset == null) {
            throw IsmsException.invalid("asset.import.csvEncoding");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(BOM_LENGTH);
            }
            parse(new BufferedReader(new InputStreamReader(in, charset)), handler);
        }
    }

    private static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(BOM_LENGTH);
            return head.length == BOM_LENGTH && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
        }
    }

    private static boolean decodes(Path file, Charset charset) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[16 * 1024];
            while (reader.read(buffer) >= 0) {
                // only whether it decodes matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static void parse(Reader in, TabularFiles.RowHandler handler) throws IOException {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordNumber = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int c;
        while ((c = in.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!handler.row(recordNumber++, record)) {
                    return;
                }
                record = new ArrayList<>();
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw IsmsException.invalid("asset.import.csvMalformed", recordNumber);
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            handler.row(recordNumber, record);
        }
    }
}
