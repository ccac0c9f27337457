package jp.isms.governance.application;

import java.time.Instant;
import java.util.List;
import jp.isms.shared.domain.VersionStatus;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * One version of an approvable document as screens and the API show it: its state, every version
 * there is, the decisions on all versions, and the content ({@code C}).
 */
public record DocumentView<C>(long id, int versionNo, VersionStatus status, Instant createdAt, String submittedBy,
        Instant approvedAt, String approvedSha256, String contentSha256, long lockVersion, boolean approvalRunning,
        boolean latest, List<VersionRef> versions, List<DecisionEntry> decisions, C content)
        implements java.io.Serializable {

    /** A version in the list of versions. */
    public record VersionRef(long id, int versionNo, VersionStatus status, Instant approvedAt)
            implements java.io.Serializable {
    }

    /** One decision of the history (the fields the shared decision table shows). */
    public record DecisionEntry(int version, String step, Decision decision, String actorUsername,
            String actorDisplayName, String actorRole, Instant decidedAt, String comment, String contentSha256,
            String processInstanceId, String onBehalfOf) implements java.io.Serializable {

        static DecisionEntry of(ApprovalRecord r) {
            return new DecisionEntry(r.getSubjectVersion(), r.getStep(), r.getDecision(), r.getActorUsername(),
                    r.getActorDisplayName(), r.getActorRole(), r.getDecidedAt(), r.getComment(), r.getContentSha256(),
                    r.getProcessInstanceId(), r.getOnBehalfOf());
        }
    }

    /** Editing makes sense on the newest version unless it is in approval (an approved one starts the next). */
    public boolean editable() {
        return latest && status != VersionStatus.IN_APPROVAL && status != VersionStatus.SUPERSEDED;
    }

    public boolean submittable() {
        return latest && status.editable() && !approvalRunning;
    }
}
