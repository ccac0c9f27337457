package jp.isms.corrective.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.corrective.domain.CorrectiveActionRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityClosed;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import org.junit.jupiter.api.Test;

/** The closing delegate's service call: verified effective, closed, and the source context told exactly which finding. */
class CorrectiveActionClosureTest {

    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    @Test
    void aVerifiedActionClosesAndTellsTheAuditItCameFrom() {
        CorrectiveAction action = implemented();
        CorrectiveActions service = service(action);
        List<NonconformityClosed> fired = new ArrayList<>();
        service.closedEvents = new Recording(fired);

        service.close(7L, "auditor", "有効");

        assertThat(action.isClosed()).isTrue();
        assertThat(fired).containsExactly(new NonconformityClosed(NonconformitySource.INTERNAL_AUDIT, 41L,
                "IA-2026-1 / 3", 7L, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void theImplementerClosesNothingAndNothingIsTold() {
        CorrectiveAction action = implemented();
        CorrectiveActions service = service(action);
        List<NonconformityClosed> fired = new ArrayList<>();
        service.closedEvents = new Recording(fired);

        assertThatThrownBy(() -> service.close(7L, "owner1", "有効")).isInstanceOf(IsmsException.class);
        assertThat(fired).isEmpty();
        assertThat(action.isClosed()).isFalse();
    }

    private static CorrectiveAction implemented() {
        CorrectiveAction a = new CorrectiveAction("CA-2026-001", new NonconformityRaised(NonconformitySource.INTERNAL_AUDIT,
                41L, "IA-2026-1 / 3", NonconformityGrade.MINOR, null, "9.1", "監視の記録がない", "auditor",
                LocalDate.of(2026, 10, 1), null), null, NOW);
        a.recordCorrection("office", "記録した", NOW);
        a.analyse("office", List.of("手順がない"), "手順の欠如", NOW);
        a.plan("office", "手順を定める", "owner1", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 10, 2), NOW);
        a.approvePlan("office2", null, NOW);
        a.implement("owner1", "定めた", NOW);
        try {
            // as the database would have given it
            java.lang.reflect.Field id = jp.isms.shared.domain.Identified.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(a, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return a;
    }

    private static CorrectiveActions service(CorrectiveAction action) {
        CorrectiveActions service = new CorrectiveActions();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.actions = new OneAction(action);
        return service;
    }

    /** The repository of a single action. */
    record OneAction(CorrectiveAction action) implements CorrectiveActionRepository {
        public Optional<CorrectiveAction> findById(long id) {
            return Optional.of(action);
        }

        public Optional<CorrectiveAction> findByActionNo(String actionNo) {
            return Optional.of(action);
        }

        public long countWithPrefix(String prefix) {
            return 1;
        }

        public long countSourceReferences(String prefix) {
            return 1;
        }

        public void add(CorrectiveAction a) {
        }

        public void flush() {
        }

        public Page<CorrectiveAction> page(PageRequest request, LocalDate today) {
            return new Page<>(List.of(action), 1);
        }

        public List<CorrectiveAction> raisedOrOpenSince(LocalDate since) {
            return List.of(action);
        }

        public List<CorrectiveAction> openDueBetween(LocalDate from, LocalDate to) {
            return List.of();
        }

        public List<CorrectiveAction> closed() {
            return List.of();
        }
    }

    /** An event that only records what was fired synchronously. */
    record Recording(List<NonconformityClosed> fired) implements Event<NonconformityClosed> {
        public void fire(NonconformityClosed event) {
            fired.add(event);
        }

        public <U extends NonconformityClosed> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        public <U extends NonconformityClosed> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        public Event<NonconformityClosed> select(Annotation... qualifiers) {
            return this;
        }

        public <U extends NonconformityClosed> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        public <U extends NonconformityClosed> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
