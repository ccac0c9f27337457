package jp.isms.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * PDF/A-2b with PDFBox: both fonts embedded as subsets, an sRGB output intent (the JDK's own sRGB
 * profile), XMP metadata that says part 2 conformance B and repeats the title, A4 pages. The body is laid
 * out first; header and footer are drawn afterwards, when the number of pages is known.
 */
@ApplicationScoped
public class PdfaRenderer implements PdfRenderer {

    static final String PRODUCER = "ISMS Lifecycle";

    @Override
    public byte[] render(Report report) {
        synchronized (JapaneseFonts.LOCK) {
            try (PDDocument document = new PDDocument()) {
                PDFont regular = PDType0Font.load(document, JapaneseFonts.regular(), true);
                PDFont bold = PDType0Font.load(document, JapaneseFonts.bold(), true);
                Layout layout = new Layout(document, report, new Glyphs(regular), new Glyphs(bold));
                layout.body();
                layout.headersAndFooters();
                archivable(document, report.header().title());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report", e);
            }
        }
    }

    /** What PDF/A-2b asks of the document beyond its pages: metadata, output intent, language. */
    private static void archivable(PDDocument document, String title) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
        document.getDocumentCatalog().setLanguage("ja");
    }

    /** The XMP packet; its title and producer must equal the document information's. */
    static String xmp(String title) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>2</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A font with width and coverage caches: text a font cannot show becomes a question mark, not an error. */
    static final class Glyphs {
        final PDFont font;
        private final Map<Integer, Float> widths = new HashMap<>();

        Glyphs(PDFont font) {
            this.font = font;
        }

        /** The width of one code point in 1/1000 em; -1 when the font has no glyph for it. */
        float width(int codePoint) {
            return widths.computeIfAbsent(codePoint, cp -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(cp)));
                } catch (IllegalArgumentException | IOException e) {
                    return -1f;
                }
            });
        }

        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    out.append(' ');
                } else if (Character.isISOControl(cp) || width(cp) < 0) {
                    out.append('?');
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        float width(String text, float size) {
            float total = 0;
            for (int cp : printable(text).codePoints().toArray()) {
                total += width(cp);
            }
            return total / 1000f * size;
        }

        /**
         * Lines that fit the width. Japanese breaks between any two characters; a line of Latin text
         * breaks at its last space when it has one, so words stay whole.
         */
        List<String> wrap(String text, float size, float maxWidth) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : (text == null ? "" : text).split("\\r?\\n", -1)) {
                String printable = printable(paragraph);
                StringBuilder line = new StringBuilder();
                float lineWidth = 0;
                for (int cp : printable.codePoints().toArray()) {
                    float w = width(cp) / 1000f * size;
                    if (lineWidth + w > maxWidth && line.length() > 0) {
                        int space = line.lastIndexOf(" ");
                        String rest = "";
                        if (space > 0 && cp < 0x3000) {
                            rest = line.substring(space + 1);
                            line.setLength(space);
                        }
                        lines.add(line.toString());
                        line = new StringBuilder(rest);
                        lineWidth = width(rest, size);
                        if (cp == ' ') {
                            continue;
                        }
                    }
                    line.appendCodePoint(cp);
                    lineWidth += w;
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }

    /** The layout of one document: a cursor that moves down the page and starts new pages. */
    private static final class Layout {
        private static final float MARGIN = 36;
        private static final float HEADER_HEIGHT = 58;
        private static final float FOOTER_HEIGHT = 30;
        private static final float BODY_SIZE = 9;
        private static final float TABLE_SIZE = 7.5f;
        private static final float HEADING_SIZE = 12;
        private static final float PADDING = 2.5f;
        private static final float[] HEADER_FILL = { 0.88f, 0.91f, 0.95f };

        private final PDDocument document;
        private final Report report;
        private final Glyphs regular;
        private final Glyphs bold;
        private final PDRectangle size;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, Report report, Glyphs regular, Glyphs bold) {
            this.document = document;
            this.report = report;
            this.regular = regular;
            this.bold = bold;
            this.size = report.orientation() == Report.Orientation.LANDSCAPE
                    ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
        }

        void body() throws IOException {
            newPage();
            for (Report.Block block : report.blocks()) {
                if (block instanceof Report.Heading h) {
                    heading(h.text());
                } else if (block instanceof Report.Paragraph p) {
                    paragraph(p.text());
                } else if (block instanceof Report.Facts f) {
                    facts(f.lines());
                } else if (block instanceof Report.Table t) {
                    table(t);
                }
            }
            content.close();
        }

        private float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        private float bottom() {
            return MARGIN + FOOTER_HEIGHT;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN - HEADER_HEIGHT;
        }

        private void ensure(float height) throws IOException {
            if (y - height < bottom()) {
                newPage();
            }
        }

        private void heading(String text) throws IOException {
            List<String> lines = bold.wrap(text, HEADING_SIZE, width());
            ensure(lines.size() * HEADING_SIZE * 1.4f + 24);
            y -= 6;
            for (String line : lines) {
                y -= HEADING_SIZE * 1.4f;
                text(bold, HEADING_SIZE, MARGIN, y + 3, line);
            }
            y -= 4;
        }

        private void paragraph(String text) throws IOException {
            for (String line : regular.wrap(text, BODY_SIZE, width())) {
                ensure(BODY_SIZE * 1.5f);
                y -= BODY_SIZE * 1.5f;
                text(regular, BODY_SIZE, MARGIN, y + 3, line);
            }
            y -= 4;
        }

        private void facts(List<String[]> lines) throws IOException {
            float labelWidth = width() * 0.28f;
            for (String[] fact : lines) {
                List<String> values = regular.wrap(fact[1], BODY_SIZE, width() - labelWidth);
                ensure(values.size() * BODY_SIZE * 1.5f);
                float top = y;
                text(bold, BODY_SIZE, MARGIN, top - BODY_SIZE * 1.5f + 3, bold.printable(fact[0]));
                for (String value : values) {
                    y -= BODY_SIZE * 1.5f;
                    text(regular, BODY_SIZE, MARGIN + labelWidth, y + 3, value);
                }
            }
            y -= 6;
        }

        private void table(Report.Table table) throws IOException {
            float total = 0;
            for (float w : table.weights()) {
                total += w;
            }
            float[] widths = new float[table.weights().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width() * table.weights().get(i) / total;
            }
            List<List<String>> header = cells(bold, table.columns(), widths);
            ensure(height(header) + height(cells(regular, table.rows().isEmpty() ? table.columns() : table.rows().get(0), widths)));
            row(bold, header, widths, true);
            for (List<String> values : table.rows()) {
                List<List<String>> cells = cells(regular, values, widths);
                if (y - height(cells) < bottom()) {
                    newPage();
                    row(bold, header, widths, true);
                }
                row(regular, cells, widths, false);
            }
            y -= 8;
        }

        private List<List<String>> cells(Glyphs glyphs, List<String> values, float[] widths) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                cells.add(glyphs.wrap(values.get(i), TABLE_SIZE, widths[i] - 2 * PADDING));
            }
            return cells;
        }

        private static float height(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return lines * TABLE_SIZE * 1.3f + 2 * PADDING;
        }

        private void row(Glyphs glyphs, List<List<String>> cells, float[] widths, boolean isHeader) throws IOException {
            float h = height(cells);
            float x = MARGIN;
            if (isHeader) {
                content.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
                content.addRect(MARGIN, y - h, width(), h);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            content.setLineWidth(0.4f);
            content.setStrokingColor(0.55f, 0.55f, 0.55f);
            for (int i = 0; i < widths.length; i++) {
                content.addRect(x, y - h, widths[i], h);
                float lineY = y - PADDING - TABLE_SIZE;
                for (String line : cells.get(i)) {
                    text(glyphs, TABLE_SIZE, x + PADDING, lineY + 1, line);
                    lineY -= TABLE_SIZE * 1.3f;
                }
                x += widths[i];
            }
            content.stroke();
            y -= h;
        }

        private void text(Glyphs glyphs, float fontSize, float x, float baseline, String line) throws IOException {
            if (line.isEmpty()) {
                return;
            }
            text(content, glyphs, fontSize, x, baseline, line);
        }

        private static void text(PDPageContentStream stream, Glyphs glyphs, float fontSize, float x, float baseline,
                String line) throws IOException {
            stream.beginText();
            stream.setFont(glyphs.font, fontSize);
            stream.newLineAtOffset(x, baseline);
            stream.showText(glyphs.printable(line));
            stream.endText();
        }

        /** Company, title, number, version and approval on top; number and page x / y at the bottom. */
        void headersAndFooters() throws IOException {
            Report.Header h = report.header();
            Report.Labels labels = report.labels();
            String approval = h.approved()
                    ? labels.approvedOn() + " " + h.approvedOn() + "  " + labels.approvers() + " "
                            + String.join("、", h.approvers())
                    : labels.draft();
            // a record kept current rather than versioned (the asset inventory) has version 0: no version to print
            String number = h.version() > 0 ? h.documentNo() + "  " + labels.version() + " " + h.version() : h.documentNo();
            float top = size.getHeight() - MARGIN;
            float right = size.getWidth() - MARGIN;
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream stream = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    text(stream, regular, 8, MARGIN, top - 8, regular.printable(h.companyName()));
                    text(stream, regular, 8, right - regular.width(number, 8), top - 8, number);
                    text(stream, bold, 13, MARGIN, top - 27, bold.printable(h.title()));
                    Glyphs approvalFont = h.approved() ? regular : bold;
                    String shown = approvalFont.printable(approval);
                    text(stream, approvalFont, 8, right - approvalFont.width(shown, 8), top - 42, shown);
                    stream.setLineWidth(0.6f);
                    stream.setStrokingColor(0.3f, 0.3f, 0.3f);
                    stream.moveTo(MARGIN, top - HEADER_HEIGHT + 8);
                    stream.lineTo(right, top - HEADER_HEIGHT + 8);
                    stream.moveTo(MARGIN, MARGIN + FOOTER_HEIGHT - 10);
                    stream.lineTo(right, MARGIN + FOOTER_HEIGHT - 10);
                    stream.stroke();
                    String page = labels.page().replace("{0}", String.valueOf(i + 1))
                            .replace("{1}", String.valueOf(pages.size()));
                    text(stream, regular, 8, MARGIN, MARGIN + 6, regular.printable(h.documentNo()));
                    text(stream, regular, 8, (size.getWidth() - regular.width(page, 8)) / 2, MARGIN + 6, page);
                    text(stream, regular, 8, right - regular.width(h.companyName(), 8), MARGIN + 6,
                            regular.printable(h.companyName()));
                }
            }
        }
    }
}
