/** Naming and revoking deputies, and who stands in for whom today (for the inbox and the decisions). */
package jp.isms.deputy.application;
