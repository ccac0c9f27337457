/**
 * Internal audit use cases: the programme and its coverage, planning with the independence check, the CISO's
 * approval, recording results, the report and top management's review, the audit's PDFs, and what the audit
 * contributes to the management review, the calendar and the evidence pack.
 */
package jp.isms.audit.application;
