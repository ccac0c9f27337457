package jp.isms.soa.domain;

import java.util.List;

/**
 * What the ISMS office says about one control. {@code status} is how far an applicable control is
 * implemented and is ignored for an excluded one; {@code riskNos} are risk numbers of the current
 * assessment ({@code R-001}); {@code internalRules} are names or numbers of the company's own rules.
 */
public record EntryChange(boolean applicable, String justification, ImplementationStatus status, List<String> riskNos,
        List<String> internalRules) {

    public EntryChange {
        riskNos = riskNos == null ? List.of() : List.copyOf(riskNos);
        internalRules = internalRules == null ? List.of() : List.copyOf(internalRules);
    }
}
