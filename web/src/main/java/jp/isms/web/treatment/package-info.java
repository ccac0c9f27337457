/**
 * Screens of risk identification and treatment: the catalogue's risk proposals with keep and discard, the
 * treatment plan of the current assessment, and on the register the heat maps and one risk's treatment dialog.
 */
package jp.isms.web.treatment;
