/** The task inbox: the home page of every role. */
package jp.isms.web.inbox;
