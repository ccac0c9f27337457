/** PDF/A-2b with PDFBox: the embedded Japanese font (parsed once per JVM), layout, XMP and output intent. */
package jp.isms.report.infrastructure;
