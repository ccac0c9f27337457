package jp.isms.asset.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.AssetValuation;
import jp.isms.asset.domain.Classification;
import jp.isms.organisation.domain.Company;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import org.junit.jupiter.api.Test;

class AssetInventoryEvidenceTest {

    private static Asset asset(String no, String name, int confidentiality) {
        return new Asset(no, new AssetChange(name, AssetType.INFORMATION, Classification.CONFIDENTIAL, confidentiality, 2, 2,
                "depthead", "IT", "本社 サーバールーム"), AssetValuation.DEFAULT);
    }

    @Test
    void theInventoryHashIsTheSameForTheSameInventoryInAnyOrderAndChangesWithAnyField() {
        Asset a = asset("A-00001", "顧客データベース", 3);
        Asset b = asset("A-00002", "人事データ", 2);

        assertThat(AssetInventoryEvidence.sha256(List.of(a, b))).isEqualTo(AssetInventoryEvidence.sha256(List.of(b, a)))
                .hasSize(64);
        assertThat(AssetInventoryEvidence.sha256(List.of(a, asset("A-00002", "人事データ", 3))))
                .isNotEqualTo(AssetInventoryEvidence.sha256(List.of(a, b)));
        assertThat(AssetInventoryEvidence.sha256(List.of(a))).isNotEqualTo(AssetInventoryEvidence.sha256(List.of(a, b)));
    }

    @Test
    void theInventoryAsItStandsIsAPdfaSayingWhenItWasTakenAndThatNobodyApprovesItAsAWhole() throws Exception {
        List<Asset> assets = List.of(asset("A-00001", "顧客データベース", 3), asset("A-00002", "人事データ", 2));
        String sha = AssetInventoryEvidence.sha256(assets);

        byte[] pdf = new PdfaRenderer().render(AssetInventoryEvidence.report(assets, sha, "2026-11-24 10:00",
                new Company("株式会社サンプル", "Sample Co., Ltd."), Locale.ENGLISH));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        assertThat(PdfaCheck.text(pdf)).contains("Asset inventory", "ISMS-ASSETS", "Sample Co., Ltd.", "A-00001",
                "顧客データベース", "人事データ", "Made 2026-11-24 10:00", "no version and no approval", sha)
                .doesNotContain("Version 0", "Draft");
    }
}
