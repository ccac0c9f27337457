/** Management review (clause 9.3): the draft compiled from every context's data, the meeting, the sign-off. */
package jp.isms.review.application;
