/**
 * Use cases of the Statement of Applicability: reading and editing the newest version, submitting it to
 * {@code soa-approval}, the decisions of that process, and the statement as PDF/A and Excel.
 */
package jp.isms.soa.application;
