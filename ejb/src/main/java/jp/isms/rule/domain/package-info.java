/**
 * The company's own rules (社内規程) and how they cover the standard: each requirement clause 4.1–10.2
 * (and, where the company wishes, an Annex A control) is mapped to the rules that answer it and the
 * evidence that shows it is done — step 5 of the memo (規格要求事項への対応・ルールマッピング).
 */
package jp.isms.rule.domain;
