package jp.isms.report.application;

/** Lays a {@link Report} out as an archivable PDF (PDF/A-2b, fonts embedded, A4). */
public interface PdfRenderer {

    byte[] render(Report report);
}
