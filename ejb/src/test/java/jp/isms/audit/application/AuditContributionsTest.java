package jp.isms.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.isms.audit.domain.AuditAssignment;
import jp.isms.audit.domain.AuditPlan;
import jp.isms.audit.domain.AuditProgramme;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.audit.domain.EvidenceAttachment;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.review.application.ReviewInput;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.Identified;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the audits give the management review (audit results) and the CISO's calendar (audit dates). */
class AuditContributionsTest {

    private InternalAudit reported;
    private InternalAudit draft;
    private AuditRepository repository;

    @BeforeEach
    void audits() throws Exception {
        reported = new InternalAudit("IA-2026-1", 2026, plan("auditor", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 18)),
                List.of("7.2", "A.5.18"));
        draft = new InternalAudit("IA-2026-2", 2026, plan("auditor", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 29)),
                List.of("7.2"));
        Field id = Identified.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1;
        id.set(reported, 100L);
        id.set(draft, 101L);
        for (ChecklistItem item : reported.getItems()) {
            id.set(item, next++);
        }
        reported.submitPlan("auditor");
        reported.approvePlan("ciso");
        for (ChecklistItem item : reported.getItems()) {
            reported.record(item.getId(), item.getRequirement().equals("7.2") ? AuditResult.MINOR_NC : AuditResult.CONFORMING,
                    "教育記録の欠落", null, "auditor");
        }
        reported.submitReport("auditor", "軽微な不適合 1 件");
        reported.findingClosed(reported.getFindingsNumbered().get(0).getId(), LocalDate.of(2026, 11, 1));
        repository = new FakeRepository(List.of(reported, draft));
    }

    private static AuditPlan plan(String lead, LocalDate start, LocalDate end) {
        return new AuditPlan("内部監査", "全社", "JIS Q 27001", start, end, lead, List.of(new AuditAssignment("IT", lead)));
    }

    @Test
    void theReviewGetsTheReportedAuditsWithTheirNonconformitiesAndWhetherClosed() {
        AuditResultsInput input = new AuditResultsInput();
        input.audits = repository;

        assertThat(input.input()).isEqualTo(ReviewInput.AUDIT_RESULTS);
        List<String> lines = input.summarise(LocalDate.of(2026, 4, 1), Locale.JAPANESE);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("IA-2026-1", "適合 1", "軽微な不適合 1");
        assertThat(lines.get(1)).contains("IA-2026-1 / 1", "7.2", "教育記録の欠落", "完了");
        assertThat(input.summarise(LocalDate.of(2026, 10, 1), Locale.ENGLISH)).as("held before the period").isEmpty();
    }

    @Test
    void theCalendarShowsEachAuditOnItsFirstDay() {
        AuditCalendar calendar = new AuditCalendar();
        calendar.audits = repository;

        List<Deadline> deadlines = calendar.deadlines(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), Locale.ENGLISH);
        assertThat(deadlines).extracting(Deadline::date).containsExactly(LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 18));
        assertThat(deadlines).allMatch(d -> d.kind().equals("INTERNAL_AUDIT"));
        assertThat(deadlines.get(0).done()).isTrue();
        assertThat(deadlines.get(1).done()).isFalse();
        assertThat(deadlines.get(1).link()).isEqualTo("/app/audit/audit.xhtml?id=101");
        assertThat(calendar.deadlines(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Locale.ENGLISH)).isEmpty();
    }

    /** Only what the two contributions read. */
    private record FakeRepository(List<InternalAudit> audits) implements AuditRepository {
        @Override
        public List<InternalAudit> all() {
            return audits;
        }

        @Override
        public Optional<InternalAudit> findById(Long id) {
            return audits.stream().filter(a -> a.getId().equals(id)).findFirst();
        }

        @Override
        public Optional<InternalAudit> findByAuditNo(String auditNo) {
            return audits.stream().filter(a -> a.getAuditNo().equals(auditNo)).findFirst();
        }

        @Override
        public Optional<InternalAudit> findByItemId(Long itemId) {
            return Optional.empty();
        }

        @Override
        public long countInYear(int year) {
            return 0;
        }

        @Override
        public void add(InternalAudit audit) {
        }

        @Override
        public Page<ChecklistItem> items(Long auditId, PageRequest request) {
            return new Page<>(List.of(), 0);
        }

        @Override
        public Optional<AuditProgramme> programme(int year) {
            return Optional.empty();
        }

        @Override
        public List<AuditProgramme> programmes(int fromYear, int toYear) {
            return List.of();
        }

        @Override
        public void add(AuditProgramme programme) {
        }

        @Override
        public void add(EvidenceAttachment attachment) {
        }

        @Override
        public Optional<EvidenceAttachment> attachment(Long id) {
            return Optional.empty();
        }

        @Override
        public Set<String> departmentsWithRecordsOf(String username) {
            return Set.of();
        }

        @Override
        public void flush() {
        }
    }
}
