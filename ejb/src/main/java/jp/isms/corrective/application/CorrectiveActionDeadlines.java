package jp.isms.corrective.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/** The due dates of open corrective actions for the CISO's calendar, overdue ones marked. */
@ApplicationScoped
@Transactional
public class CorrectiveActionDeadlines implements DeadlineSource {

    public static final String KIND = "CORRECTIVE_ACTION";

    @Inject
    CorrectiveActionRepository actions;

    @Inject
    CorrectiveActions service;

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = service.today();
        return actions.openDueBetween(from, to).stream().map(a -> new Deadline(a.getDueDate(), KIND,
                "corrective-action-" + a.getId(), Messages.get(locale, "corrective.deadline.title", a.getActionNo(),
                        a.getSourceReference(), a.getOwner()), "/app/corrective/action.xhtml?id=" + a.getId(),
                a.getDepartmentCode(), false, a.overdue(today))).toList();
    }
}
