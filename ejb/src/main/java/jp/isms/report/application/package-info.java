/**
 * Controlled documents as reports: a {@link jp.isms.report.application.Report} says what a document
 * holds (header facts, headings, paragraphs, tables) independent of the file format; a
 * {@link jp.isms.report.application.PdfRenderer} lays it out as PDF/A-2b. A context adds a document by
 * building a {@code Report} from its own data; a document that an authorisation attaches also offers an
 * {@link jp.isms.report.application.ApprovedDocuments} bean.
 */
package jp.isms.report.application;
