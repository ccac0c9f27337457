/** The engine-wide task listener, the SMTP sender on the WildFly mail session, the timer, the JPA queries. */
package jp.isms.notification.infrastructure;
