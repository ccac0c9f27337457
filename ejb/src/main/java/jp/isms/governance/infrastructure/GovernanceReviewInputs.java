package jp.isms.governance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.governance.domain.ContextIssue;
import jp.isms.governance.domain.InterestedParty;
import jp.isms.governance.domain.ObjectiveStatus;
import jp.isms.governance.domain.SecurityObjective;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewInputSource;
import jp.isms.shared.application.Messages;

/**
 * What the context and objectives registers contribute to a management review (9.3.2 b, c, d 2), d 4)): each
 * a small query over the register, summarised in the reader's language.
 */
public final class GovernanceReviewInputs {

    private GovernanceReviewInputs() {
    }

    /** b) Issues reviewed or changed since the last review, then how many there are in all. */
    @ApplicationScoped
    public static class Issues implements ReviewInputSource {

        @PersistenceContext
        EntityManager em;

        @Override
        public ReviewInput input() {
            return ReviewInput.ISSUES_CHANGES;
        }

        @Override
        public List<String> summarise(LocalDate since, Locale locale) {
            List<ContextIssue> all = em.createQuery("select i from ContextIssue i order by i.kind, i.id", ContextIssue.class)
                    .getResultList();
            if (all.isEmpty()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            all.stream().filter(i -> i.getLastReviewed() != null && !i.getLastReviewed().isBefore(since))
                    .forEach(i -> lines.add(Messages.get(locale, "review.source.issue",
                            Messages.get(locale, i.getKind().messageKey()), i.getText(), i.getLastReviewed())));
            lines.add(Messages.get(locale, "review.source.issuesTotal", all.size(), lines.size(), since));
            return lines;
        }
    }

    /** c) The interested parties and their requirements as registered now. */
    @ApplicationScoped
    public static class Parties implements ReviewInputSource {

        @PersistenceContext
        EntityManager em;

        @Override
        public ReviewInput input() {
            return ReviewInput.INTERESTED_PARTY_CHANGES;
        }

        @Override
        public List<String> summarise(LocalDate since, Locale locale) {
            return em.createQuery("select p from InterestedParty p order by p.id", InterestedParty.class).getResultList()
                    .stream().map(p -> Messages.get(locale, "review.source.party", p.getName(), p.getRequirements())).toList();
        }
    }

    /** d) 2) Each objective's measure, target and measured achievement; overdue ones said so. */
    @ApplicationScoped
    public static class Monitoring implements ReviewInputSource {

        @PersistenceContext
        EntityManager em;

        @Override
        public ReviewInput input() {
            return ReviewInput.MONITORING;
        }

        @Override
        public List<String> summarise(LocalDate since, Locale locale) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            return objectives(em).stream().map(o -> Messages.get(locale,
                    o.overdueOn(today) ? "review.source.measureOverdue" : "review.source.measure", o.getObjective(),
                    o.getMeasure(), o.getTarget(), o.getAchievement(), o.getDueDate())).toList();
        }
    }

    /** d) 4) How many objectives are achieved, open, overdue, not achieved. */
    @ApplicationScoped
    public static class Objectives implements ReviewInputSource {

        @PersistenceContext
        EntityManager em;

        @Override
        public ReviewInput input() {
            return ReviewInput.OBJECTIVES;
        }

        @Override
        public List<String> summarise(LocalDate since, Locale locale) {
            List<SecurityObjective> all = objectives(em);
            if (all.isEmpty()) {
                return List.of();
            }
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            List<String> lines = new ArrayList<>();
            lines.add(Messages.get(locale, "review.source.objectivesTotal", all.size(),
                    count(all, ObjectiveStatus.ACHIEVED), all.stream().filter(o -> o.getStatus().open()).count(),
                    all.stream().filter(o -> o.overdueOn(today)).count(), count(all, ObjectiveStatus.NOT_ACHIEVED)));
            all.forEach(o -> lines.add(Messages.get(locale, "review.source.objective", o.getObjective(),
                    Messages.get(locale, o.getStatus().messageKey()), o.getAchievement())));
            return lines;
        }

        private static long count(List<SecurityObjective> all, ObjectiveStatus status) {
            return all.stream().filter(o -> o.getStatus() == status).count();
        }
    }

    static List<SecurityObjective> objectives(EntityManager em) {
        return em.createQuery("select o from SecurityObjective o order by o.dueDate, o.id", SecurityObjective.class)
                .getResultList();
    }
}
