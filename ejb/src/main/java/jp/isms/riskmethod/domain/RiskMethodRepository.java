package jp.isms.riskmethod.domain;

import java.util.List;
import java.util.Optional;

/** Published method versions; the newest is the one new assessments use. */
public interface RiskMethodRepository {

    Optional<RiskMethodVersion> current();

    Optional<RiskMethodVersion> findById(long id);

    /** Newest first. */
    List<RiskMethodVersion> all();

    void add(RiskMethodVersion version);

    void flush();
}
