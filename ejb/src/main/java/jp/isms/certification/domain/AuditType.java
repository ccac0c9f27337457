package jp.isms.certification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of audit the process {@code certification-audit} runs: the initial audit (stage 1 and stage 2)
 * and the audits of the cycle, which reuse the stage 2 machinery. The names are the process's
 * {@code auditKind} values.
 */
public enum AuditType {
    INITIAL, SURVEILLANCE_1, SURVEILLANCE_2, RENEWAL, SCOPE_CHANGE;

    public boolean hasStage1() {
        return this == INITIAL;
    }

    /** Whether the audit ends with a certificate: the initial one and the renewal. */
    public boolean endsWithCertificate() {
        return this == INITIAL || this == RENEWAL;
    }

    /** The cycle's audit kind, empty for INITIAL and SCOPE_CHANGE (they are not planned by the cycle). */
    public Optional<AuditKind> cycleKind() {
        return Arrays.stream(AuditKind.values()).filter(k -> k.name().equals(name())).findFirst();
    }

    public String messageKey() {
        return "certification.auditType." + name();
    }

    public static AuditType parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst()
                .orElseThrow(() -> jp.isms.shared.domain.IsmsException.invalid("certification.auditType.unknown", value));
    }
}
