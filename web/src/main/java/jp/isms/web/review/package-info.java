/** Screens of the management review: the list and scheduling, one review's draft, meeting and minutes. */
package jp.isms.web.review;
