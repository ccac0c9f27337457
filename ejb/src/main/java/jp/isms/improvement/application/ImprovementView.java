package jp.isms.improvement.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.isms.improvement.domain.ImprovementStatus;

/** An improvement item as screens and the API show it; {@code mine}: the reader still has to acknowledge it. */
public record ImprovementView(String itemNo, String title, String description, String owner, LocalDate targetDate,
        String origin, ImprovementStatus status, int progress, String result, String planDocument, String planVersion,
        Instant planRevisedAt, boolean overdue, boolean awaitingMe, long version, List<Ack> acknowledgements)
        implements Serializable {

    public record Ack(String username, Instant acknowledgedAt) implements Serializable {
    }
}
