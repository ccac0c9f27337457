package jp.isms.soa.application;

import java.util.List;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.soa.domain.ImplementationStatus;
import jp.isms.soa.domain.SoaEntry;

/** One control's line as screens and the API show it, with the control's titles from the catalogue. */
public record SoaRow(String controlId, String theme, String titleJa, String titleEn, boolean applicable,
        String justification, ImplementationStatus status, List<String> riskNos, List<String> internalRules)
        implements java.io.Serializable {

    static SoaRow of(SoaEntry e, AnnexAControl control) {
        return new SoaRow(e.getControlId(), control.theme().code(), control.titleJa(), control.titleEn(),
                e.isApplicable(), e.getJustification(), e.getStatus(), List.copyOf(e.getRiskNos()),
                List.copyOf(e.getInternalRules()));
    }
}
