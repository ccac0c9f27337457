/** The risk register page: one assessment version, its risks, its decisions, editing and submission. */
package jp.isms.web.risk;
