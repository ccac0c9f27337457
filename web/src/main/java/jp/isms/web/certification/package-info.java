/** Faces beans of certification: bodies and quotes, the audits, the certificate, and their task forms. */
package jp.isms.web.certification;
