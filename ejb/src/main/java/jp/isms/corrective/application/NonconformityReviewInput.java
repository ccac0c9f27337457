package jp.isms.corrective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewInputSource;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.NonconformitySource;

/**
 * Clause 9.3.2 d) 1): nonconformities and corrective actions since the last review — how many were raised and
 * closed, how many are open and overdue, by source, and one line per open action.
 */
@ApplicationScoped
@Transactional
public class NonconformityReviewInput implements ReviewInputSource {

    @Inject
    CorrectiveActionRepository actions;

    @Inject
    CorrectiveActions service;

    @Override
    public ReviewInput input() {
        return ReviewInput.NONCONFORMITIES;
    }

    @Override
    public List<String> summarise(LocalDate since, Locale locale) {
        LocalDate today = service.today();
        List<CorrectiveAction> relevant = actions.raisedOrOpenSince(since);
        return summary(relevant, since, today, locale);
    }

    static List<String> summary(List<CorrectiveAction> relevant, LocalDate since, LocalDate today, Locale locale) {
        long raised = relevant.stream().filter(a -> !a.getRaisedOn().isBefore(since)).count();
        long closed = relevant.stream().filter(a -> a.isClosed() && a.getClosedOn() != null && !a.getClosedOn().isBefore(since)).count();
        List<CorrectiveAction> open = relevant.stream().filter(a -> !a.isClosed()).toList();
        long overdue = open.stream().filter(a -> a.overdue(today)).count();
        Map<NonconformitySource, Long> bySource = new EnumMap<>(NonconformitySource.class);
        relevant.stream().filter(a -> !a.getRaisedOn().isBefore(since))
                .forEach(a -> bySource.merge(a.getSource(), 1L, Long::sum));
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(locale, "corrective.review.counts", raised, closed, open.size(), overdue));
        for (NonconformitySource source : NonconformitySource.values()) {
            lines.add(Messages.get(locale, "corrective.review.bySource",
                    Messages.get(locale, "corrective.source." + source.name()), bySource.getOrDefault(source, 0L)));
        }
        for (CorrectiveAction a : open) {
            lines.add(Messages.get(locale, a.overdue(today) ? "corrective.review.openOverdue" : "corrective.review.open",
                    a.getActionNo(), a.getSourceReference(), Messages.get(locale, a.getState().messageKey()),
                    a.getDueDate() == null ? "-" : a.getDueDate().toString()));
        }
        return lines;
    }
}
