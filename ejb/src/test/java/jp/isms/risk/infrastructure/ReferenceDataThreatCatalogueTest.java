package jp.isms.risk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.isms.asset.domain.AssetType;
import jp.isms.control.infrastructure.ReferenceDataControlCatalogue;
import jp.isms.risk.domain.CatalogueEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped threat catalogue, read as the application reads it, and what a broken file does. */
class ReferenceDataThreatCatalogueTest {

    private static final String DIR = "jp/isms/risk/catalogue/";
    private final ReferenceDataControlCatalogue annexA = new ReferenceDataControlCatalogue();
    private final ReferenceDataThreatCatalogue catalogue = new ReferenceDataThreatCatalogue(
            ReferenceDataThreatCatalogue.THREATS, annexA);

    @ParameterizedTest
    @EnumSource(AssetType.class)
    void everyAssetTypeHasAtLeastFiveThreatsEachWithOneToThreeVulnerabilities(AssetType type) {
        Map<String, List<CatalogueEntry>> threats = catalogue.forType(type).stream()
                .collect(Collectors.groupingBy(CatalogueEntry::threatCode));

        assertThat(threats).as("threats of %s", type).hasSizeGreaterThanOrEqualTo(5);
        threats.forEach((threat, vulnerabilities) -> assertThat(vulnerabilities).as(threat).hasSizeBetween(1, 3));
    }

    @Test
    void everySuggestedControlIsInTheAnnexACatalogue() {
        List<String> suggested = catalogue.all().stream().flatMap(e -> e.controlIds().stream()).distinct().toList();

        assertThat(suggested).isNotEmpty().allSatisfy(id -> assertThat(annexA.byId(id)).as(id).isPresent());
        // the catalogue suggests controls of all four themes, not only technical ones
        assertThat(suggested).anyMatch(id -> id.startsWith("5.")).anyMatch(id -> id.startsWith("6."))
                .anyMatch(id -> id.startsWith("7.")).anyMatch(id -> id.startsWith("8."));
    }

    @Test
    void textsInJapaneseAndEnglish() {
        CatalogueEntry entry = catalogue.entry("HWD-01b").orElseThrow();

        assertThat(entry.assetType()).isEqualTo(AssetType.HARDWARE);
        assertThat(entry.threat(Locale.JAPANESE)).isEqualTo("盗難");
        assertThat(entry.vulnerability(Locale.JAPANESE)).isEqualTo("ディスクが暗号化されていない");
        assertThat(entry.threat(Locale.ENGLISH)).isEqualTo("Theft");
        assertThat(entry.vulnerability(Locale.ENGLISH)).isEqualTo("Disk not encrypted");
        assertThat(entry.controlIds()).containsExactly("8.1", "8.24");
        // any other language reads Japanese
        assertThat(entry.threat(Locale.GERMAN)).isEqualTo("盗難");
    }

    @Test
    void informationCarriesTheUsualJapaneseThreats() {
        assertThat(catalogue.forType(AssetType.INFORMATION)).extracting(e -> e.threat(Locale.JAPANESE))
                .contains("情報漏えい (外部への流出)", "改ざん", "誤送信 (メール・FAX)");
        assertThat(catalogue.forType(AssetType.INFORMATION)).extracting(e -> e.vulnerability(Locale.JAPANESE))
                .contains("アクセス制御の不備", "暗号化されていない", "教育不足");
    }

    @Test
    void codesAreUniqueAndEveryEntryBelongsToItsType() {
        assertThat(catalogue.all()).extracting(CatalogueEntry::code).doesNotHaveDuplicates();
        for (AssetType type : AssetType.values()) {
            assertThat(catalogue.forType(type)).allSatisfy(e -> assertThat(e.assetType()).isEqualTo(type));
        }
        assertThat(catalogue.entry("XXX-99z")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "unknown-control.tsv;line 2: INF-01a suggests '9.99', which is not an Annex A 2022 control",
            "threat-texts-differ.tsv;line 3: threat INF-01 must have the same type and texts on every line",
            "one-type-only.tsv;no threat for asset type PAPER" })
    void aBrokenFileStopsTheLoadNamingFileAndLine(String file, String problem) {
        var broken = new ReferenceDataThreatCatalogue(DIR + file, annexA);

        assertThatThrownBy(broken::all).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DIR + file).hasMessageContaining(problem);
    }
}
