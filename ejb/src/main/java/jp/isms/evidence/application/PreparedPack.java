package jp.isms.evidence.application;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import jp.isms.report.application.ReportHeaders;

/**
 * A pack ready to go out: the documents, the rendered index and the language. Writing it streams the ZIP
 * and measures it on the way (SHA-256 and size), so the log can name the exact bytes without a second copy.
 */
public record PreparedPack(EvidencePack pack, byte[] index, Locale locale) {

    /** What was written. */
    public record Written(String sha256, long bytes) {
    }

    public String fileName() {
        return "isms-evidence-pack-" + LocalDate.ofInstant(pack.madeAt(), ReportHeaders.ZONE) + "-"
                + locale.getLanguage() + ".zip";
    }

    public int fileCount() {
        return pack.entries().size();
    }

    public Written writeTo(OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long[] count = new long[1];
        OutputStream counted = new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                count[0] += len;
            }
        };
        DigestOutputStream hashed = new DigestOutputStream(counted, digest);
        pack.writeZip(index, hashed);
        hashed.flush();
        return new Written(HexFormat.of().formatHex(digest.digest()), count[0]);
    }
}
