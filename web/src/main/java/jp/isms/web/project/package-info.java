/** The certification project page and the forms of the {@code isms-kickoff} tasks. */
package jp.isms.web.project;
