/** The asset inventory screen: the lazy table, the add/edit dialog, upload and download. */
package jp.isms.web.asset;
