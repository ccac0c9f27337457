package jp.isms.workflow.application;

import java.time.Instant;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** One entry of a decision history, as screens and the API show it, for any subject. */
public record DecisionView(int version, String step, Decision decision, String actorUsername, String actorDisplayName,
        String actorRole, String onBehalfOf, Instant decidedAt, String comment, String contentSha256,
        String processInstanceId) implements java.io.Serializable {

    public static DecisionView of(ApprovalRecord r) {
        return new DecisionView(r.getSubjectVersion(), r.getStep(), r.getDecision(), r.getActorUsername(),
                r.getActorDisplayName(), r.getActorRole(), r.getOnBehalfOf(), r.getDecidedAt(), r.getComment(),
                r.getContentSha256(), r.getProcessInstanceId());
    }
}
