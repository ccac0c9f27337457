package jp.isms.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.AuditType;
import jp.isms.certification.domain.BodySelection;
import jp.isms.certification.domain.Certificate;
import jp.isms.certification.domain.CertificateFile;
import jp.isms.certification.domain.CertificationBody;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.certification.domain.Finding;
import jp.isms.certification.domain.FindingGrade;
import jp.isms.certification.domain.ReadinessConfig;
import jp.isms.certification.domain.Stage2Result;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.NonconformityClosed;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The links to corrective action: a nonconformity of the body raises {@link NonconformityRaised} with the body's
 * deadline; the closing of the last minor one lets the waiting audit go on (the message is correlated), an
 * earlier one does not, and events of other sources are ignored.
 */
class CertificationAuditsTest {

    private static final Actor OFFICE = new Actor("office", "鈴木 一郎", Set.of(Role.ISMS_OFFICE), Locale.JAPANESE, false);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

    private final List<NonconformityRaised> raised = new ArrayList<>();
    private final List<String> correlated = new ArrayList<>();
    private final InMemory repository = new InMemory();
    private CertificationAudits audits;
    private Audit audit;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        audits = new CertificationAudits();
        audits.repository = repository;
        audits.raised = (Event<NonconformityRaised>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Event.class }, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        raised.add((NonconformityRaised) args[0]);
                    }
                    return null;
                });
        audits.runtimeService = (RuntimeService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { RuntimeService.class }, (proxy, method, args) -> {
                    if (method.getName().equals("createMessageCorrelation")) {
                        correlated.add((String) args[0]);
                        return correlationBuilder();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CertificationBody body = new CertificationBody("審査機関A", null);
        body.quote(new CertificationBody.Quote(BigDecimal.ONE, 1L, false, null, null, null));
        audit = new Audit("CB-2026-INITIAL", AuditType.INITIAL, DAY, null, 1L, body);
        audit.stage1Held(DAY);
        audit.scheduleStage2(DAY);
        repository.audits.add(audit);
    }

    private static Object correlationBuilder() {
        return Proxy.newProxyInstance(CertificationAuditsTest.class.getClassLoader(),
                new Class<?>[] { org.camunda.bpm.engine.runtime.MessageCorrelationBuilder.class },
                (proxy, method, args) -> method.getName().equals("correlateAll") ? null : proxy);
    }

    @Test
    void aMinorNonconformityRaisesTheEventWithTheBodysDeadline_anObservationDoesNot() {
        audits.addFinding(OFFICE, 0, new FindingInput(FindingGrade.MINOR, "A.5.18", null, "アカウント削除の遅れ", DAY.plusDays(30)));
        audits.addFinding(OFFICE, 0, new FindingInput(FindingGrade.OBSERVATION, null, null, "配線", null));

        assertThat(raised).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(NonconformitySource.CERTIFICATION_AUDIT);
            assertThat(e.grade()).isEqualTo(NonconformityGrade.MINOR);
            assertThat(e.deadline()).isEqualTo(DAY.plusDays(30));
            assertThat(e.sourceReference()).isEqualTo("CB-2026-INITIAL / 1");
            assertThat(e.raisedBy()).isEqualTo("office");
        });
    }

    @Test
    void theAuditGoesOnOnlyWhenItsLastMinorNonconformityIsClosed() {
        audits.addFinding(OFFICE, 0, new FindingInput(FindingGrade.MINOR, null, null, "一つ目", DAY.plusDays(30)));
        audits.addFinding(OFFICE, 0, new FindingInput(FindingGrade.MINOR, null, null, "二つ目", DAY.plusDays(30)));
        audit.recordResult(Stage2Result.MINOR_CORRECTIONS, DAY.plusDays(30));
        audit.applyResult();
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.AWAITING_CORRECTIONS);

        audits.nonconformityClosed(new NonconformityClosed(NonconformitySource.INTERNAL_AUDIT, 0, "IA-1 / 1", 9, DAY));
        audits.nonconformityClosed(closed(audit.getFindings().get(0)));
        assertThat(correlated).isEmpty();

        audits.nonconformityClosed(closed(audit.getFindings().get(1)));
        assertThat(correlated).containsExactly("CertificationMinorsCorrected");
        assertThat(audit.getFindings()).allMatch(Finding::isCorrected);
    }

    @Test
    void recommendedWithoutCertificate_isAuditPassedNotYetCertified_neverCertified() {
        audit.recordResult(Stage2Result.RECOMMENDED, null);
        audit.applyResult();
        jp.isms.certification.domain.CertificationStatus status = audits.status(OFFICE).orElseThrow();
        assertThat(status).isEqualTo(jp.isms.certification.domain.CertificationStatus.STAGE2_DONE_RECOMMENDED);
        assertThat(status.isAuditPassedNotYetCertified()).isTrue();
        assertThat(status.isCertified()).isFalse();
    }

    @Test
    void theCalendarHasTheAuditDayAndTheBodysDeadlines() {
        audits.addFinding(OFFICE, 0, new FindingInput(FindingGrade.MINOR, null, null, "一つ目", DAY.plusDays(30)));
        CertificationDeadlines deadlines = new CertificationDeadlines();
        deadlines.repository = new InMemory() {
            @Override
            public List<Audit> audits() {
                return repository.audits;
            }

            @Override
            public List<Finding> findingsWithDeadline(LocalDate from, LocalDate to) {
                return repository.audits.get(0).getFindings();
            }
        };
        List<jp.isms.shared.application.Deadline> items = deadlines.deadlines(DAY.minusDays(1), DAY.plusDays(60), Locale.JAPANESE);
        assertThat(items).extracting(jp.isms.shared.application.Deadline::kind)
                .containsExactly(CertificationDeadlines.KIND_AUDIT, CertificationDeadlines.KIND_FINDING);
        assertThat(items.get(0).date()).isEqualTo(DAY);
        assertThat(items.get(0).title()).contains("CB-2026-INITIAL", "初回審査");
        assertThat(items.get(1).date()).isEqualTo(DAY.plusDays(30));
        assertThat(items.get(1).title()).contains("CB-2026-INITIAL / 1", "軽微な不適合");
        assertThat(items.get(1).done()).isFalse();
        assertThat(items).extracting(jp.isms.shared.application.Deadline::uid).doesNotHaveDuplicates();
    }

    private static NonconformityClosed closed(Finding finding) {
        return new NonconformityClosed(NonconformitySource.CERTIFICATION_AUDIT, finding.getLineNo(), finding.reference(), 7,
                DAY.plusDays(10));
    }

    /** The audits in a list; ids assigned at flush as JPA would. */
    private static class InMemory implements CertificationRepository {

        final List<Audit> audits = new ArrayList<>();

        @Override
        public Optional<Audit> audit(long id) {
            return Optional.of(audits.get((int) id));
        }

        @Override
        public Optional<Finding> finding(long id) {
            return audits.get(0).getFindings().stream().filter(f -> f.getId() == id).findFirst();
        }

        /** What JPA would do at flush: give new entities their ids (the audit its position, a finding its line). */
        @Override
        public void flush() {
            for (int i = 0; i < audits.size(); i++) {
                Audit audit = audits.get(i);
                assignId(audit, i);
                audit.getFindings().forEach(f -> assignId(f, f.getLineNo()));
            }
        }

        private static void assignId(jp.isms.shared.domain.Identified entity, long id) {
            try {
                java.lang.reflect.Field field = jp.isms.shared.domain.Identified.class.getDeclaredField("id");
                field.setAccessible(true);
                if (field.get(entity) == null) {
                    field.set(entity, id);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<Audit> audits() {
            return audits;
        }

        @Override
        public List<CertificationBody> bodies() {
            return List.of();
        }

        @Override
        public Optional<CertificationBody> body(long id) {
            return Optional.empty();
        }

        @Override
        public void add(CertificationBody body) {
        }

        @Override
        public List<BodySelection> selections() {
            return List.of();
        }

        @Override
        public Optional<BodySelection> selection(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<BodySelection> approvedSelection() {
            return Optional.empty();
        }

        @Override
        public void add(BodySelection selection) {
        }

        @Override
        public ReadinessConfig readinessConfig() {
            return new ReadinessConfig();
        }

        @Override
        public Optional<Audit> auditByReference(String reference) {
            return Optional.empty();
        }

        @Override
        public void add(Audit audit) {
            audits.add(audit);
        }

        @Override
        public List<Finding> findingsWithDeadline(LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public List<Certificate> certificates() {
            return List.of();
        }

        @Override
        public Optional<Certificate> certificate(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Certificate> currentCertificate() {
            return Optional.empty();
        }

        @Override
        public void add(Certificate certificate) {
        }

        @Override
        public Optional<CertificateFile> file(long certificateId) {
            return Optional.empty();
        }

        @Override
        public void add(CertificateFile file) {
        }
    }
}
