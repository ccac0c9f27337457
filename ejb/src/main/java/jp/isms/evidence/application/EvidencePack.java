package jp.isms.evidence.application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.isms.report.application.EvidenceFile;
import jp.isms.shared.domain.ContentHash;

/**
 * The files of one pack in their final order, each with its name inside the ZIP and the SHA-256 of its
 * PDF. Names are {@code NN_stem_vV.pdf}: the number keeps the index's order in any file manager, the
 * version is left out for a record that has none (version 0). The index is {@code 00_index.pdf}; the
 * {@code SHA256SUMS} file lists every PDF in the format {@code sha256sum -c} checks.
 */
public final class EvidencePack {

    public static final String INDEX = "00_index.pdf";
    public static final String SUMS = "SHA256SUMS";

    /** One document of the pack. */
    public record Entry(int number, String fileName, EvidenceFile file, String pdfSha256) {
    }

    private final List<Entry> entries;
    private final Instant madeAt;

    /** @param ordered the files in pack order (sources by their order, each source's files as it gave them) */
    public EvidencePack(List<EvidenceFile> ordered, Instant madeAt) {
        List<Entry> numbered = new ArrayList<>();
        for (EvidenceFile file : ordered) {
            int number = numbered.size() + 1;
            numbered.add(new Entry(number, fileName(number, file), file, ContentHash.sha256(file.pdf())));
        }
        this.entries = List.copyOf(numbered);
        this.madeAt = madeAt;
    }

    static String fileName(int number, EvidenceFile file) {
        int version = file.ref().version();
        return String.format(Locale.ROOT, "%02d_%s%s.pdf", number, stem(file.fileName()), version > 0 ? "_v" + version : "");
    }

    /** Lower-case ASCII letters, digits and hyphens: a name every ZIP tool and file system keeps as it is. */
    static String stem(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\.pdf$", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? "document" : ascii;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Instant madeAt() {
        return madeAt;
    }

    /** {@code <sha256>  <name>} per line, the index first: what {@code sha256sum -c SHA256SUMS} verifies. */
    public String sums(byte[] index) {
        StringBuilder sums = new StringBuilder(ContentHash.sha256(index)).append("  ").append(INDEX).append('\n');
        for (Entry e : entries) {
            sums.append(e.pdfSha256()).append("  ").append(e.fileName()).append('\n');
        }
        return sums.toString();
    }

    /**
     * Writes the ZIP to {@code out} as it goes: the index, the documents, the sums. Nothing is buffered
     * beyond the PDFs the pack already holds. {@code out} is finished, not closed.
     */
    public void writeZip(byte[] index, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, INDEX, index);
        for (Entry e : entries) {
            put(zip, e.fileName(), e.file().pdf());
        }
        put(zip, SUMS, sums(index).getBytes(StandardCharsets.US_ASCII));
        zip.finish();
    }

    private void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(madeAt.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
