package jp.isms.authorisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.isms.organisation.domain.Company;
import jp.isms.report.application.DocumentRef;
import org.junit.jupiter.api.Test;

class ManagementAuthorisationTest {

    private static final DocumentRef SOA = new DocumentRef("SOA", "ISMS-SOA", 1, "a".repeat(64));
    private static final DocumentRef PLAN = new DocumentRef("RISK_TREATMENT_PLAN", "RA-2026-01", 2, "b".repeat(64));
    private static final DocumentRef RESIDUAL = new DocumentRef("RESIDUAL_RISKS", "RA-2026-01", 2, "c".repeat(64));
    private static final Map<String, DocumentRef> IN_FORCE = Map.of("SOA", SOA, "RISK_TREATMENT_PLAN", PLAN,
            "RESIDUAL_RISKS", RESIDUAL);

    private final ManagementAuthorisation request = new ManagementAuthorisation(new Company("株式会社サンプル", null),
            "MA-001", "office", "導入を承認してください", List.of(SOA, PLAN, RESIDUAL));

    @Test
    void anAuthorisationOnTheDocumentsInForceIsValid() {
        request.authorise("top", IN_FORCE);

        assertThat(request.getStatus()).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(request.getDecidedBy()).isEqualTo("top");
        assertThat(request.outdated(IN_FORCE)).isFalse();
        assertThat(request.getDocuments()).containsExactly(SOA, PLAN, RESIDUAL);
    }

    @Test
    void aNewApprovedVersionOfAnyAttachedDocumentMakesItOutdated() {
        request.authorise("top", IN_FORCE);
        DocumentRef soa2 = new DocumentRef("SOA", "ISMS-SOA", 2, "d".repeat(64));

        Map<String, DocumentRef> afterChange = Map.of("SOA", soa2, "RISK_TREATMENT_PLAN", PLAN, "RESIDUAL_RISKS", RESIDUAL);
        assertThat(request.outdated(afterChange)).isTrue();
        assertThat(request.changedDocuments(afterChange)).containsExactly(SOA);
        assertThat(request.outdated(Map.of("SOA", SOA, "RISK_TREATMENT_PLAN", PLAN))).as("no approved residual list any more")
                .isTrue();
    }

    @Test
    void documentsReplacedWhileTheRequestWaitedCannotBeAuthorised() {
        Map<String, DocumentRef> changed = Map.of("SOA", SOA, "RISK_TREATMENT_PLAN",
                new DocumentRef("RISK_TREATMENT_PLAN", "RA-2026-01", 3, "e".repeat(64)), "RESIDUAL_RISKS", RESIDUAL);

        assertThatThrownBy(() -> request.authorise("top", changed)).hasMessageContaining("authorisation.documentsChanged");
        assertThat(request.getStatus()).isEqualTo(AuthorisationStatus.REQUESTED);
    }

    @Test
    void aReturnedRequestIsNeverOutdatedAndCannotBeDecidedTwice() {
        request.returnRequest("top");

        assertThat(request.outdated(Map.of())).isFalse();
        assertThatThrownBy(() -> request.authorise("top", IN_FORCE)).hasMessageContaining("authorisation.notRequested");
    }

    @Test
    void theRequestsHashCoversEveryAttachedDocumentsVersionAndHash() {
        String other = ManagementAuthorisation.canonicalHash(List.of(SOA, PLAN,
                new DocumentRef("RESIDUAL_RISKS", "RA-2026-01", 3, "c".repeat(64))));

        assertThat(request.getContentSha256()).hasSize(64).isNotEqualTo(other)
                .isEqualTo(ManagementAuthorisation.canonicalHash(List.of(SOA, PLAN, RESIDUAL)));
    }
}
