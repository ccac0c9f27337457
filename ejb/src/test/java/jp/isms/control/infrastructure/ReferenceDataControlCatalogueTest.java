package jp.isms.control.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.domain.ClauseRequirement;
import jp.isms.control.domain.ControlTheme;
import jp.isms.control.domain.ControlType;
import jp.isms.control.domain.EditionMapping;
import jp.isms.control.domain.ReferenceIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped reference data, read through the catalogue the application uses. */
class ReferenceDataControlCatalogueTest {

    private static final List<String> NEW_IN_2022 = List.of("5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11",
            "8.12", "8.16", "8.23", "8.28");

    private final ReferenceDataControlCatalogue catalogue = new ReferenceDataControlCatalogue();

    @Test
    void annexAHasNinetyThreeControls() {
        assertThat(catalogue.all()).hasSize(93);
    }

    @Test
    void themesHave37And8And14And34Controls() {
        // when
        Map<ControlTheme, List<AnnexAControl>> byTheme = catalogue.byTheme();

        // then
        assertThat(byTheme).containsOnlyKeys(ControlTheme.values());
        assertThat(byTheme.get(ControlTheme.ORGANIZATIONAL)).hasSize(37);
        assertThat(byTheme.get(ControlTheme.PEOPLE)).hasSize(8);
        assertThat(byTheme.get(ControlTheme.PHYSICAL)).hasSize(14);
        assertThat(byTheme.get(ControlTheme.TECHNOLOGICAL)).hasSize(34);
    }

    @Test
    void idsAreExactlyFiveOneToEightThirtyFourInOrder() {
        // given every number the standard has, theme by theme
        List<String> expected = new java.util.ArrayList<>();
        int[] sizes = { 37, 8, 14, 34 };
        for (int theme = 0; theme < 4; theme++) {
            for (int n = 1; n <= sizes[theme]; n++) {
                expected.add((theme + 5) + "." + n);
            }
        }

        // when
        List<String> ids = catalogue.all().stream().map(AnnexAControl::id).toList();

        // then
        assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(ids).isSortedAccordingTo(ReferenceIds.NATURAL_ORDER);
    }

    @Test
    void eachControlIsOfTheThemeOfItsNumber() {
        assertThat(catalogue.all()).allSatisfy(c -> assertThat(c.id()).startsWith(c.theme().clause() + "."));
    }

    @Test
    void everyTitleIsFilledInBothLanguages() {
        assertThat(catalogue.all()).allSatisfy(c -> {
            assertThat(c.titleJa()).as("title_ja of %s", c.id()).isNotBlank().isEqualTo(c.titleJa().strip());
            assertThat(c.titleEn()).as("title_en of %s", c.id()).isNotBlank().isEqualTo(c.titleEn().strip());
            assertThat(c.titleJa()).as("title_ja of %s is Japanese", c.id()).matches(".*[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}].*");
            assertThat(c.titleEn()).as("title_en of %s is English", c.id()).matches("[A-Z][A-Za-z ,\\-]+");
            assertThat(c.controlTypes()).as("control types of %s", c.id()).isNotEmpty();
        });
        assertThat(catalogue.all().stream().map(AnnexAControl::titleEn).collect(Collectors.toSet())).hasSize(93);
        assertThat(catalogue.all().stream().map(AnnexAControl::titleJa).collect(Collectors.toSet())).hasSize(93);
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = ';', value = {
            "5.1;情報セキュリティのための方針群;Policies for information security",
            "5.7;脅威インテリジェンス;Threat intelligence",
            "5.23;クラウドサービスの利用における情報セキュリティ;Information security for use of cloud services",
            "6.7;リモートワーク;Remote working",
            "7.4;物理的セキュリティの監視;Physical security monitoring",
            "8.8;技術的ぜい弱性の管理;Management of technical vulnerabilities",
            "8.28;セキュアコーディング;Secure coding",
            "8.34;監査試験中の情報システムの保護;Protection of information systems during audit testing" })
    void knownTitles(String id, String ja, String en) {
        AnnexAControl control = catalogue.byId(id).orElseThrow();
        assertThat(control.titleJa()).isEqualTo(ja);
        assertThat(control.titleEn()).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = { "5.1;PREVENTIVE", "5.7;PREVENTIVE|DETECTIVE|CORRECTIVE", "5.25;DETECTIVE",
            "5.26;CORRECTIVE", "7.4;PREVENTIVE|DETECTIVE", "8.13;CORRECTIVE", "8.15;DETECTIVE",
            "8.16;DETECTIVE|CORRECTIVE" })
    void controlTypes(String id, String types) {
        Set<ControlType> expected = java.util.Arrays.stream(types.split("\\|")).map(ControlType::valueOf)
                .collect(Collectors.toSet());
        assertThat(catalogue.byId(id).orElseThrow().controlTypes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theElevenNewControlsOf2022ArePresent() {
        assertThat(NEW_IN_2022).allSatisfy(id -> assertThat(catalogue.byId(id)).as(id).isPresent());
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(catalogue.byId("8.35")).isEmpty();
        assertThat(catalogue.byId("A.5.1.1")).isEmpty();
        assertThat(catalogue.byId(null)).isEmpty();
    }

    @Test
    void the2013MappingHas114RowsInOrderAllPointingToExistingControls() {
        // when
        List<EditionMapping> mappings = catalogue.mappings2013();

        // then
        assertThat(mappings).hasSize(114);
        List<String> ids = mappings.stream().map(EditionMapping::id2013).toList();
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(ReferenceIds.NATURAL_ORDER);
        assertThat(ids.get(0)).isEqualTo("A.5.1.1");
        assertThat(ids.get(113)).isEqualTo("A.18.2.3");
        assertThat(mappings).allSatisfy(m -> {
            assertThat(m.titleEn2013()).isNotBlank();
            assertThat(m.ids2022()).allSatisfy(id -> assertThat(catalogue.byId(id)).as("%s → %s", m.id2013(), id).isPresent());
        });
    }

    @Test
    void the2013ControlsPerClauseAreComplete() {
        // given the number of controls in each clause A.5 … A.18 of the 2013 edition
        Map<String, Long> perClause = catalogue.mappings2013().stream()
                .collect(Collectors.groupingBy(m -> m.id2013().split("\\.")[1], Collectors.counting()));

        // then
        assertThat(perClause).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("5", 2L), Map.entry("6", 7L),
                Map.entry("7", 6L), Map.entry("8", 10L), Map.entry("9", 14L), Map.entry("10", 2L), Map.entry("11", 15L),
                Map.entry("12", 14L), Map.entry("13", 7L), Map.entry("14", 13L), Map.entry("15", 5L), Map.entry("16", 7L),
                Map.entry("17", 4L), Map.entry("18", 8L)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "A.5.1.1,5.1", "A.5.1.2,5.1", "A.6.2.1,8.1", "A.11.2.8,8.1", "A.12.6.1,8.8", "A.18.1.1,5.31",
            "A.18.1.5,5.31", "A.9.4.2,8.5", "A.14.2.6,8.31", "A.16.1.3,6.8", "A.18.2.3,5.36" })
    void mappedFrom2013(String id2013, String id2022) {
        assertThat(catalogue.mappedFrom2013(id2013)).map(AnnexAControl::id).contains(id2022);
    }

    @Test
    void unknown2013IdMapsToNothing() {
        assertThat(catalogue.mappedFrom2013("A.19.1.1")).isEmpty();
        assertThat(catalogue.mappedFrom2013("5.1")).isEmpty();
    }

    @Test
    void mergedControlsListAllTheirSources() {
        assertThat(catalogue.mappingsTo("5.1")).extracting(EditionMapping::id2013).containsExactly("A.5.1.1", "A.5.1.2");
        assertThat(catalogue.mappingsTo("8.32")).extracting(EditionMapping::id2013)
                .containsExactly("A.12.1.2", "A.14.2.2", "A.14.2.3", "A.14.2.4");
        assertThat(catalogue.mappingsTo("7.10")).extracting(EditionMapping::id2013)
                .containsExactly("A.8.3.1", "A.8.3.2", "A.8.3.3", "A.11.2.5");
        // the technical compliance review went to both 5.36 and 8.8
        assertThat(catalogue.mappingsTo("8.8")).extracting(EditionMapping::id2013).containsExactly("A.12.6.1", "A.18.2.3");
        assertThat(catalogue.mappingsTo("5.36")).extracting(EditionMapping::id2013).containsExactly("A.18.2.2", "A.18.2.3");
    }

    @Test
    void every2022ControlHasA2013SourceOrIsOneOfTheElevenNew() {
        // given
        Set<String> reached = new HashSet<>();
        catalogue.mappings2013().forEach(m -> reached.addAll(m.ids2022()));

        // then
        assertThat(catalogue.all()).allSatisfy(c -> assertThat(reached.contains(c.id()) || NEW_IN_2022.contains(c.id()))
                .as("%s is reached from 2013 or new in 2022", c.id()).isTrue());
        assertThat(catalogue.newIn2022()).extracting(AnnexAControl::id).containsExactlyElementsOf(NEW_IN_2022);
        assertThat(NEW_IN_2022).allSatisfy(id -> assertThat(catalogue.mappingsTo(id)).as(id).isEmpty());
        assertThat(reached).hasSize(93 - 11);
    }

    @Test
    void clausesAreFourOneToTenTwoComplete() {
        assertThat(catalogue.clauses()).extracting(ClauseRequirement::id).containsExactly("4.1", "4.2", "4.3", "4.4",
                "5.1", "5.2", "5.3", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4", "7.5",
                "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2", "8.3", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2",
                "9.3.3", "10.1", "10.2");
        assertThat(catalogue.clauses()).allSatisfy(c -> {
            assertThat(c.titleJa()).isNotBlank();
            assertThat(c.titleEn()).isNotBlank();
        });
    }

    @Test
    void clausesSayWhichDocumentedInformationTheyRequire() {
        assertThat(catalogue.clause("4.3").orElseThrow().documentedInformation()).hasValueSatisfying(
                s -> assertThat(s).containsIgnoringCase("scope"));
        assertThat(catalogue.clause("6.1.3").orElseThrow().documentedInformation()).hasValueSatisfying(
                s -> assertThat(s).contains("Statement of Applicability"));
        assertThat(catalogue.clause("4.1").orElseThrow().requiresDocumentedInformation()).isFalse();
        assertThat(catalogue.clause("10.2").orElseThrow().titleEn()).isEqualTo("Nonconformity and corrective action");
        assertThat(catalogue.clause("10.1").orElseThrow().titleJa()).isEqualTo("継続的改善");
        assertThat(catalogue.clauses().stream().filter(ClauseRequirement::requiresDocumentedInformation).map(ClauseRequirement::id))
                .containsExactly("4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "7.5.3", "8.1", "8.2", "8.3",
                        "9.1", "9.2.2", "9.3.3", "10.2");
    }

    @Test
    void theListsCannotBeChanged() {
        assertThat(catalogue.all()).isUnmodifiable();
        assertThat(catalogue.byTheme().get(ControlTheme.PEOPLE)).isUnmodifiable();
        assertThat(catalogue.mappings2013()).isUnmodifiable();
        assertThat(catalogue.clauses()).isUnmodifiable();
        assertThat(catalogue.mappingsTo("5.1")).isUnmodifiable();
    }

    @Test
    void filesAreReadOnceAndShared() throws Exception {
        // when many threads ask at once
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var fresh = new ReferenceDataControlCatalogue();
            var results = pool.invokeAll(java.util.Collections.nCopies(16,
                    (java.util.concurrent.Callable<List<AnnexAControl>>) fresh::all));
            // then all got the very same list
            List<AnnexAControl> first = results.get(0).get();
            for (var r : results) {
                assertThat(r.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
