/** The evidence pack page: what the ZIP for the auditors will hold, its download, and the packs taken so far. */
package jp.isms.web.evidence;
