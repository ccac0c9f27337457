package jp.isms.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.asset.domain.AssetType;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

/** What the catalogue proposes for an asset, and what keeping or discarding a proposal does. */
class RiskProposalTest {

    private static final CatalogueEntry THEFT = new CatalogueEntry("HWD-01b", AssetType.HARDWARE, "盗難", "Theft",
            "ディスクが暗号化されていない", "Disk not encrypted", List.of("8.1", "8.24"));
    private static final CatalogueEntry FAILURE = new CatalogueEntry("HWD-03a", AssetType.HARDWARE, "故障",
            "Failure", "保守契約がない", "No maintenance contract", List.of("7.13"));
    private static final CatalogueEntry LEAK = new CatalogueEntry("INF-01a", AssetType.INFORMATION, "情報漏えい",
            "Leakage", "アクセス制御の不備", "Inadequate access control", List.of("5.15"));

    private static final ThreatCatalogue CATALOGUE = new ThreatCatalogue() {
        @Override
        public List<CatalogueEntry> all() {
            return List.of(THEFT, FAILURE, LEAK);
        }

        @Override
        public List<CatalogueEntry> forType(AssetType type) {
            return all().stream().filter(e -> e.assetType() == type).toList();
        }

        @Override
        public Optional<CatalogueEntry> entry(String code) {
            return all().stream().filter(e -> e.code().equals(code)).findFirst();
        }
    };

    private final RiskProposal laptopTheft = new RiskProposal(7L, "A-00006", "業務用ノートPC", "IT", "HWD-01b",
            "RA-2026-01");

    @Test
    void anAssetGetsOnePendingProposalPerEntryOfItsTypeOnly() {
        List<RiskProposal> proposed = RiskProposal.forAsset(7L, "A-00006", "業務用ノートPC", AssetType.HARDWARE, "IT",
                CATALOGUE, "RA-2026-01");

        assertThat(proposed).extracting(RiskProposal::getEntryCode).containsExactly("HWD-01b", "HWD-03a");
        assertThat(proposed).allSatisfy(p -> {
            assertThat(p.getStatus()).isEqualTo(ProposalStatus.PENDING);
            assertThat(p.getAssetId()).isEqualTo(7L);
            assertThat(p.getDepartmentCode()).isEqualTo("IT");
            assertThat(p.getAssessmentKey()).isEqualTo("RA-2026-01");
        });
    }

    @Test
    void keptProposalBecomesARiskInTheKeepersLanguageWithResidualEqualToInherentByDefault() {
        RiskChange ja = laptopTheft.riskFor(THEFT, Locale.JAPANESE, new KeepDecision(4, 3, null, null, null));
        RiskChange en = laptopTheft.riskFor(THEFT, Locale.ENGLISH, new KeepDecision(4, 3, Treatment.TRANSFER, 2, 3));

        assertThat(ja).isEqualTo(new RiskChange("業務用ノートPC", "盗難", "ディスクが暗号化されていない", 4, 3,
                Treatment.REDUCE, null, 4, 3));
        assertThat(en.threat()).isEqualTo("Theft");
        assertThat(en.vulnerability()).isEqualTo("Disk not encrypted");
        assertThat(en.treatment()).isEqualTo(Treatment.TRANSFER);
        assertThat(en.residualLikelihood()).isEqualTo(2);
    }

    @Test
    void keepingNeedsLikelihoodAndImpact() {
        IsmsException noLikelihood = catchThrowableOfType(IsmsException.class,
                () -> laptopTheft.riskFor(THEFT, Locale.JAPANESE, new KeepDecision(null, 3, null, null, null)));
        IsmsException noImpact = catchThrowableOfType(IsmsException.class,
                () -> laptopTheft.riskFor(THEFT, Locale.JAPANESE, new KeepDecision(3, null, null, null, null)));

        assertThat(noLikelihood.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(noLikelihood.arguments()).containsExactly("risk.likelihood");
        assertThat(noImpact.arguments()).containsExactly("risk.impact");
    }

    @Test
    void aDecisionIsFinal() {
        laptopTheft.kept("R-013", "depthead");

        IsmsException again = catchThrowableOfType(IsmsException.class, () -> laptopTheft.discard("office"));

        assertThat(again.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(again.messageKey()).isEqualTo("treatment.proposal.decided");
        assertThat(laptopTheft.getStatus()).isEqualTo(ProposalStatus.KEPT);
        assertThat(laptopTheft.getRiskNo()).isEqualTo("R-013");
        assertThat(laptopTheft.getDecidedBy()).isEqualTo("depthead");
        assertThat(laptopTheft.getDecidedAt()).isNotNull();
    }
}
