package jp.isms.risk.domain;

import java.util.List;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** Assessment versions and the paged register query. */
public interface RiskAssessmentRepository {

    Optional<RiskAssessment> find(String businessKey, int version);

    Optional<RiskAssessment> findById(Long id);

    /** The newest version of that key. */
    Optional<RiskAssessment> latest(String businessKey);

    /** The newest version of the newest assessment: what the register shows by default. */
    Optional<RiskAssessment> current();

    List<RiskAssessment> versions(String businessKey);

    Optional<RiskAssessment> approvedVersion(String businessKey);

    void add(RiskAssessment assessment);

    /** Counted by the database, so a summary never loads the whole register. */
    long countRisks(Long assessmentId);

    /** Sorting and filtering happen in the database; fields are checked against a whitelist. */
    Page<Risk> risks(Long assessmentId, PageRequest request);

    /** Pushes pending changes to the database now, so a version clash surfaces inside the service. */
    void flush();
}
