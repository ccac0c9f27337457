package jp.isms.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** Internal audits, their programmes and evidence files. */
public interface AuditRepository {

    Optional<InternalAudit> findById(Long id);

    Optional<InternalAudit> findByAuditNo(String auditNo);

    /** Newest first. */
    List<InternalAudit> all();

    /** The audit a checklist item belongs to. */
    Optional<InternalAudit> findByItemId(Long itemId);

    long countInYear(int year);

    void add(InternalAudit audit);

    /**
     * One audit's checklist items in checklist order (department, line), filtered in the database by
     * {@code department} (code), {@code result} (a result, or {@code OPEN} for the unrecorded) and
     * {@code requirement} (a part of the clause or control number).
     */
    Page<ChecklistItem> items(Long auditId, PageRequest request);

    Optional<AuditProgramme> programme(int year);

    List<AuditProgramme> programmes(int fromYear, int toYear);

    void add(AuditProgramme programme);

    void add(EvidenceAttachment attachment);

    Optional<EvidenceAttachment> attachment(Long id);

    /** The departments (codes) in which the user owns records an auditor must not audit: assets they own. */
    Set<String> departmentsWithRecordsOf(String username);

    void flush();
}
