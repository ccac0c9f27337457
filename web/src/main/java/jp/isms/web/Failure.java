package jp.isms.web;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.IsmsException;

/**
 * What went wrong, told the same way on screens and in the API: an HTTP-like status, a message
 * key and its arguments. Anything unexpected becomes a generic message; its stack trace goes to
 * the server log only.
 */
public record Failure(int status, String key, Object[] arguments) {

    private static final Logger LOG = Logger.getLogger(Failure.class.getName());

    /**
     * Two people changing the same thing at once: a stale version, or a unique key the other one
     * took first (two new versions of one assessment). Named, not imported, to keep Hibernate out
     * of the web module's compile path.
     */
    private static final java.util.Set<String> RACES = java.util.Set.of(
            "org.hibernate.StaleObjectStateException", "org.hibernate.StaleStateException",
            "org.hibernate.exception.ConstraintViolationException");

    public static Failure of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IsmsException e) {
                return new Failure(status(e.kind()), e.messageKey(), e.arguments());
            }
            if (t instanceof OptimisticLockException || t instanceof org.camunda.bpm.engine.OptimisticLockingException
                    || t instanceof SQLIntegrityConstraintViolationException || RACES.contains(t.getClass().getName())) {
                return new Failure(409, "error.concurrentModification", new Object[0]);
            }
            if (t == t.getCause()) {
                break;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return new Failure(500, "error.generic", new Object[0]);
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, localizedArguments(locale));
    }

    /** Arguments that are themselves message keys (a role, a status) are shown translated. */
    private Object[] localizedArguments(Locale locale) {
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof String s && s.matches("(role|status|risk|certification|asset|schedule|treatment|catalogue|heatmap)\\.[A-Za-z_.-]+")) {
                resolved[i] = Messages.get(locale, s);
            }
        }
        return resolved;
    }

    private static int status(IsmsException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
