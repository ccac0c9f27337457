package jp.isms.improvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.improvement.domain.ImprovementRepository;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewInputSource;
import jp.isms.shared.application.Messages;

/** g) of 9.3.2: the improvement items with their status and progress (achieved ones since the last review too). */
@ApplicationScoped
public class ImprovementOpportunitiesInput implements ReviewInputSource {

    @Inject
    ImprovementRepository items;

    @Override
    public ReviewInput input() {
        return ReviewInput.IMPROVEMENT_OPPORTUNITIES;
    }

    @Override
    public List<String> summarise(LocalDate since, Locale locale) {
        return items.all().stream().map(i -> Messages.get(locale, "improvement.source.line", i.getItemNo(), i.getTitle(),
                i.getOwner(), i.getTargetDate(), Messages.get(locale, "improvement.status." + i.getStatus().name()),
                i.getProgress())).toList();
    }
}
