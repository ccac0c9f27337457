package jp.isms.report.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Sans JP (regular and bold, TrueType outlines: PDFBox can embed glyf fonts but not CFF), parsed once
 * per JVM. Parsing a 5 MB font costs far more than laying out a report, so every report shares these two.
 *
 * <p>A parsed {@link TrueTypeFont} reads its tables lazily from one shared buffer, and subsetting at save
 * reads the glyphs again: two reports using it at the same moment would interleave those reads. So whoever
 * uses the fonts holds {@link #LOCK} from loading them into a document until the document is saved.
 * Reports are made one at a time on request; the lock costs nothing that matters.
 */
final class JapaneseFonts {

    static final Object LOCK = new Object();

    private static final String REGULAR = "fonts/NotoSansJP_400Regular.ttf";
    private static final String BOLD = "fonts/NotoSansJP_700Bold.ttf";

    private JapaneseFonts() {
    }

    /** Initialised on first use, by the class loader, exactly once. */
    private static final class Loaded {
        static final TrueTypeFont REGULAR_FONT = parse(REGULAR);
        static final TrueTypeFont BOLD_FONT = parse(BOLD);
    }

    static TrueTypeFont regular() {
        return Loaded.REGULAR_FONT;
    }

    static TrueTypeFont bold() {
        return Loaded.BOLD_FONT;
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = JapaneseFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
