/** The risk method page (リスク評価手法): versions and publishing a new one (CISO). */
package jp.isms.web.riskmethod;
