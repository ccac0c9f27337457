/** Faces beans of the ISMS scope: reading any version, editing the newest, submitting it. */
package jp.isms.web.scope;
