package jp.isms.scope.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a scope version as stored: a unit, a site, a workforce category, a system or an
 * exclusion. One table for all five keeps a version's content in one ordered collection.
 */
@Embeddable
public class ScopeEntry {

    /** What the line is. */
    public enum Kind {
        UNIT, SITE, WORKFORCE, SYSTEM, EXCLUSION
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** Department code, or the workforce category's name. */
    private String code;

    /** Unit, site or system name, or the excluded subject. */
    private String name;

    /** Note, address, description or justification. */
    @Column(length = 1000)
    private String detail;

    @Column(name = "in_scope", nullable = false)
    private boolean inScope;

    protected ScopeEntry() {
    }

    ScopeEntry(Kind kind, String code, String name, String detail, boolean inScope) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.detail = detail;
        this.inScope = inScope;
    }

    Kind kind() {
        return kind;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String detail() {
        return detail;
    }

    boolean inScope() {
        return inScope;
    }
}
