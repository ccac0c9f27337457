package jp.isms.risk.domain;

import java.util.Collection;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** The proposals of the threat catalogue; paged, sorted and filtered in the database. */
public interface RiskProposalRepository {

    Optional<RiskProposal> find(long id);

    /** Adds many at once (an import of thousands of assets), without keeping them all in memory. */
    void addAll(Collection<RiskProposal> proposals);

    /** Filters: {@code status}, {@code department} (code, exact), {@code assetNo} and {@code assetName} (part). */
    Page<RiskProposal> page(PageRequest request);

    /** The pending proposals of these assets follow their assets' current name and department. */
    void followAssets(Collection<Long> assetIds);

    void flush();
}
