package jp.isms.asset.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import jp.isms.asset.application.TabularFiles;
import jp.isms.shared.domain.IsmsException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx with POI's event API: the package is opened from the file (ZIP entries
 * are read on demand, not loaded) and the sheet's XML is parsed by SAX, one row at a time, so memory grows
 * with the shared strings, not with the sheet. Cells are given as Excel shows them (a number 1 is "1").
 * POI's own guards against ZIP bombs and XML entity expansion stay on.
 */
class XlsxReader implements TabularFiles.Reader {

    @Override
    public void read(Path file, TabularFiles.RowHandler handler) throws IOException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw IsmsException.invalid("asset.import.empty");
            }
            Rows rows = new Rows(handler);
            try (InputStream sheet = sheets.next()) {
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                return;
            } catch (SAXException e) {
                if (causedBy(e, Stop.class)) {
                    return;
                }
                for (Throwable c = e; c != null; c = c.getCause()) {
                    if (c instanceof HandlerFailure failure) {
                        throw failure;
                    }
                }
                throw notExcel(e);
            }
        } catch (IsmsException e) {
            throw e;
        } catch (HandlerFailure e) {
            throw e.failure;
        } catch (FileSystemException e) {
            throw e;
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            // a foreign or broken ZIP, a package without a workbook, malformed XML: POI reports all of these
            // with its own runtime exceptions or as IOException; to the user it is "not an Excel workbook"
            throw notExcel(e);
        }
    }

    private static IsmsException notExcel(Exception cause) {
        IsmsException e = IsmsException.invalid("asset.import.notExcel");
        e.initCause(cause);
        return e;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
            if (c == c.getCause()) {
                break;
            }
        }
        return false;
    }

    /** Thrown from inside the SAX callbacks when the handler wants no more rows. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** A failure of the row handler itself: a bug to report as such, not a file that is not Excel. */
    private static final class HandlerFailure extends RuntimeException {
        final RuntimeException failure;

        HandlerFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TabularFiles.RowHandler handler;
        private List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(TabularFiles.RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            boolean more;
            try {
                more = handler.row(rowNum + 1, cells);
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
            if (!more) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(formattedValue == null ? "" : formattedValue);
            } else {
                cells.set(column, formattedValue == null ? "" : formattedValue);
            }
            nextColumn = column + 1;
        }
    }
}
