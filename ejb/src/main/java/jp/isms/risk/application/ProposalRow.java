package jp.isms.risk.application;

import java.time.Instant;
import java.util.List;
import jp.isms.risk.domain.ProposalStatus;

/** A proposal as screens and the API show it, texts in the reader's language. */
public record ProposalRow(long id, String assetNo, String assetName, String departmentCode, String entryCode,
        String threat, String vulnerability, List<ControlRef> suggestedControls, ProposalStatus status,
        String assessmentKey, String decidedBy, Instant decidedAt, String riskNo) implements java.io.Serializable {

    /** A control named by number and title. */
    public record ControlRef(String id, String title) implements java.io.Serializable {
    }
}
