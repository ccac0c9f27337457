package jp.isms.soa.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One control's line in one version. Risk numbers and rules are short lists kept as text (one per line):
 * they are read and written with the line, never queried on their own.
 */
@Entity
@Table(name = "soa_entry")
public class SoaEntry extends Identified {

    static final Pattern RISK_NO = Pattern.compile("R-\\d{3,}");
    static final int MAX_JUSTIFICATION = 2000;
    static final int MAX_RULE = 200;
    static final int MAX_ITEMS = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "soa_id")
    private StatementOfApplicability soa;

    @Column(name = "control_id", nullable = false)
    private String controlId;

    @Column(name = "line_no", nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean applicable;

    @Column(length = MAX_JUSTIFICATION)
    private String justification;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementation_status")
    private ImplementationStatus status;

    @Column(name = "risk_nos", length = 1000)
    private String riskNos;

    @Column(name = "internal_rules", length = 4000)
    private String internalRules;

    protected SoaEntry() {
    }

    SoaEntry(StatementOfApplicability soa, String controlId, int position) {
        this.soa = soa;
        this.controlId = controlId;
        this.position = position;
        this.applicable = true;
        this.status = ImplementationStatus.NOT_IMPLEMENTED;
    }

    SoaEntry copyFor(StatementOfApplicability next) {
        SoaEntry copy = new SoaEntry(next, controlId, position);
        copy.apply(values());
        return copy;
    }

    /** Checks everything first and only then assigns, so a refused change leaves the line as it was. */
    void apply(EntryChange change) {
        String reason = change.justification() == null || change.justification().isBlank() ? null
                : change.justification().strip();
        if (!change.applicable() && reason == null) {
            throw IsmsException.invalid("soa.entry.exclusionNeedsReason", controlId);
        }
        if (reason != null && reason.length() > MAX_JUSTIFICATION) {
            throw IsmsException.invalid("soa.entry.tooLong", controlId, MAX_JUSTIFICATION);
        }
        if (change.applicable() && change.status() == null) {
            throw IsmsException.invalid("validation.required", "soa.column.status");
        }
        Set<String> risks = new TreeSet<>();
        for (String riskNo : change.riskNos()) {
            String no = riskNo == null ? "" : riskNo.strip();
            if (!no.isEmpty() && !RISK_NO.matcher(no).matches()) {
                throw IsmsException.invalid("soa.entry.badRiskNo", no);
            }
            if (!no.isEmpty()) {
                risks.add(no);
            }
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String rule : change.internalRules()) {
            String text = rule == null ? "" : rule.strip();
            if (text.length() > MAX_RULE) {
                throw IsmsException.invalid("soa.entry.tooLong", controlId, MAX_RULE);
            }
            if (!text.isEmpty()) {
                rules.add(text);
            }
        }
        if (risks.size() > MAX_ITEMS || rules.size() > MAX_ITEMS) {
            throw IsmsException.invalid("soa.entry.tooMany", controlId, MAX_ITEMS);
        }
        this.applicable = change.applicable();
        this.justification = reason;
        this.status = change.applicable() ? change.status() : null;
        this.riskNos = risks.isEmpty() ? null : String.join("\n", risks);
        this.internalRules = rules.isEmpty() ? null : String.join("\n", rules);
    }

    public EntryChange values() {
        return new EntryChange(applicable, justification, status, getRiskNos(), getInternalRules());
    }

    /** The line as it enters the fingerprint of the version: every field, in a fixed order. */
    String canonicalLine() {
        return String.join("\u001f", controlId, applicable ? "applicable" : "excluded",
                justification == null ? "" : justification, status == null ? "" : status.name(),
                riskNos == null ? "" : riskNos, internalRules == null ? "" : internalRules);
    }

    public String getControlId() {
        return controlId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isApplicable() {
        return applicable;
    }

    public String getJustification() {
        return justification;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public List<String> getRiskNos() {
        return lines(riskNos);
    }

    public List<String> getInternalRules() {
        return lines(internalRules);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }
}
