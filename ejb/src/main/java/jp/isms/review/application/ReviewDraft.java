package jp.isms.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.isms.shared.application.Messages;

/**
 * Compiles the draft of a review from every {@link ReviewInputSource} bean there is. An input that no source
 * covers, or whose sources have nothing to say, gets a line saying so: the office must then enter it by hand,
 * and the auditor sees that it was not forgotten.
 */
@ApplicationScoped
public class ReviewDraft {

    @Inject
    Instance<ReviewInputSource> sources;

    public Map<ReviewInput, String> compile(LocalDate since, Locale locale) {
        return compile(sources.stream().toList(), since, locale);
    }

    static Map<ReviewInput, String> compile(List<ReviewInputSource> all, LocalDate since, Locale locale) {
        Map<ReviewInput, String> drafts = new EnumMap<>(ReviewInput.class);
        for (ReviewInput input : ReviewInput.values()) {
            List<String> lines = all.stream().filter(s -> s.input() == input)
                    .sorted(Comparator.comparingInt(ReviewInputSource::order))
                    .flatMap(s -> s.summarise(since, locale).stream()).filter(l -> l != null && !l.isBlank()).toList();
            drafts.put(input, lines.isEmpty() ? Messages.get(locale, "review.draft.noData")
                    : lines.stream().map(l -> "・" + l).collect(Collectors.joining("\n")));
        }
        return drafts;
    }
}
