/**
 * Management review (clause 9.3): the scheduled meeting, the draft compiled per input (9.3.2 a–g), the minutes
 * (attendees, discussion, decisions, output actions) and top management's signature, after which the minutes
 * never change again (SHA-256 of the signed version recorded).
 */
package jp.isms.review.domain;
