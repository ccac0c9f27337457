package jp.isms.certification.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.isms.certification.domain.BodySelection;
import jp.isms.workflow.application.DecisionView;

/** A selection of body with its decisions so far. */
public record SelectionView(long id, long bodyId, String bodyName, Long totalYen, String reason, String status,
        String submittedBy, Instant submittedAt, Instant decidedAt, List<DecisionView> decisions)
        implements Serializable {

    static SelectionView of(BodySelection s, List<DecisionView> decisions) {
        return new SelectionView(s.getId(), s.getBody().getId(), s.getBody().getName(), s.getBody().totalYen(),
                s.getReason(), s.getStatus().name(), s.getSubmittedBy(), s.getSubmittedAt(), s.getDecidedAt(), decisions);
    }
}
