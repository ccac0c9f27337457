package jp.isms.risk.application;

import java.time.Instant;
import java.util.List;
import jp.isms.risk.domain.AssessmentStatus;
import jp.isms.workflow.domain.Decision;

/** An assessment version with its decision history and the risk method version it is scored with, as screens and the API show it. */
public record AssessmentView(Long id, String businessKey, int version, String title, AssessmentStatus status,
        Instant approvedAt, String approvedSha256, List<Integer> versions, int riskCount, boolean approvalRunning,
        int methodVersion, String methodKind, int methodScale, List<DecisionView> decisions) implements java.io.Serializable {

    /** One entry of the decision history. */
    public record DecisionView(int version, String step, Decision decision, String actorUsername,
            String actorDisplayName, String actorRole, String onBehalfOf, Instant decidedAt, String comment,
            String contentSha256, String processInstanceId) implements java.io.Serializable {
    }
}
