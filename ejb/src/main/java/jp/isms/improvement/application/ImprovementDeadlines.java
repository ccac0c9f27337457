package jp.isms.improvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.improvement.domain.ImprovementRepository;
import jp.isms.improvement.domain.ImprovementStatus;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/** The target dates of improvement items, for the CISO's calendar (kind {@code IMPROVEMENT}). */
@ApplicationScoped
public class ImprovementDeadlines implements DeadlineSource {

    @Inject
    ImprovementRepository items;

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = ImprovementService.today();
        return items.targetBetween(from, to).stream().map(i -> new Deadline(i.getTargetDate(), "IMPROVEMENT",
                "improvement-" + i.getItemNo(), Messages.get(locale, "improvement.deadline", i.getItemNo(), i.getTitle()),
                "/app/improvement/items.xhtml?item=" + i.getItemNo(), null, i.getStatus() == ImprovementStatus.ACHIEVED,
                i.overdueOn(today))).toList();
    }
}
