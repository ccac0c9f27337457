package jp.isms.soa.application;

import java.time.Instant;
import java.util.List;
import jp.isms.soa.domain.SoaStatus;
import jp.isms.workflow.application.DecisionView;

/** A version of the statement with its counts and decision history, as screens and the API show it. */
public record SoaView(Long id, String documentNo, int version, SoaStatus status, Instant approvedAt,
        String approvedSha256, String sha256, List<Integer> versions, boolean approvalRunning, int applicableCount,
        int excludedCount, List<DecisionView> decisions) implements java.io.Serializable {

    public boolean latest() {
        return versions.isEmpty() || versions.get(versions.size() - 1) == version;
    }
}
