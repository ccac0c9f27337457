package jp.isms.cycle.domain;

import java.util.Locale;
import jp.isms.certification.domain.AuditKind;
import jp.isms.shared.domain.IsmsException;

/** The audits of a running cycle: the three of the calendar, and a scope-change audit at any time. */
public enum CycleAuditKind {
    SURVEILLANCE_1,
    SURVEILLANCE_2,
    RENEWAL,
    SCOPE_CHANGE;

    public static CycleAuditKind of(AuditKind kind) {
        return valueOf(kind.name());
    }

    /** The kind a process variable names; anything else is a broken contract. */
    public static CycleAuditKind parse(Object value) {
        try {
            return valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw IsmsException.invalid("cycle.audit.kindUnknown", String.valueOf(value));
        }
    }

    public String messageKey() {
        return "cycle.audit." + name();
    }
}
