package jp.isms.governance.domain;

import java.time.LocalDate;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/**
 * Issues, interested parties and objectives. Lists are paged, sorted and filtered by the database;
 * sort and filter names are checked against each list's whitelist.
 */
public interface GovernanceRepository {

    Page<ContextIssue> issues(PageRequest request);

    Page<InterestedParty> parties(PageRequest request);

    /** Filter {@code overdue=true} keeps the open objectives due before {@code today}. */
    Page<SecurityObjective> objectives(PageRequest request, LocalDate today);

    <T extends jp.isms.shared.domain.Identified> Optional<T> find(Class<T> type, long id);

    void add(jp.isms.shared.domain.Identified entity);

    void flush();
}
