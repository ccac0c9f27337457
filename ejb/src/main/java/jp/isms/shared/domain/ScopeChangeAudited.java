package jp.isms.shared.domain;

import java.time.LocalDate;

/**
 * The certification body's scope-change audit for a new scope version ended with a positive result (CDI
 * event). The certificate context observes it so that the certificate's scope version follows.
 */
public record ScopeChangeAudited(long scopeVersionId, LocalDate decidedOn) {
}
