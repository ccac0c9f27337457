package jp.isms.asset.application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** The port to the file formats: reading rows of text cells and writing rows of cells. */
public interface TabularFiles {

    Reader reader(TabularFormat format);

    Writer writer(TabularFormat format);

    /** Receives the rows of a file one at a time, so a reader never has to hold the whole file. */
    @FunctionalInterface
    interface RowHandler {
        /**
         * @param rowNumber the row as the user sees it (1 is the first line or spreadsheet row)
         * @param cells     the cells' text from the first column on; an empty cell is {@code ""}
         * @return {@code false} to stop reading
         */
        boolean row(int rowNumber, List<String> cells);
    }

    interface Reader {
        /**
         * Reads the first sheet or the whole CSV file.
         *
         * @throws jp.isms.shared.domain.IsmsException when the file is not of the format at all
         *         ({@code asset.import.notExcel}, {@code asset.import.csvEncoding}, ...)
         */
        void read(Path file, RowHandler handler) throws IOException;
    }

    interface Writer {
        /** Writes the header and the rows; a cell is a {@link String} or an {@link Integer}. */
        void write(List<String> header, Iterator<List<Object>> rows, OutputStream out) throws IOException;
    }
}
