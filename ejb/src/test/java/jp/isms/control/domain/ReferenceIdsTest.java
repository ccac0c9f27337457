package jp.isms.control.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceIdsTest {

    @Test
    void numbersCompareNumberByNumber() {
        List<String> ids = new ArrayList<>(List.of("5.10", "8.1", "5.9", "10.1", "6.1.2", "6.1", "9.3.3", "4.1"));
        ids.sort(ReferenceIds.NATURAL_ORDER);
        assertThat(ids).containsExactly("4.1", "5.9", "5.10", "6.1", "6.1.2", "8.1", "9.3.3", "10.1");

        List<String> old = new ArrayList<>(List.of("A.10.1.1", "A.9.4.5", "A.18.2.3", "A.5.1.2", "A.5.1.1"));
        old.sort(ReferenceIds.NATURAL_ORDER);
        assertThat(old).containsExactly("A.5.1.1", "A.5.1.2", "A.9.4.5", "A.10.1.1", "A.18.2.3");
    }

    @Test
    void clauseParentsAndTitles() {
        ClauseRequirement sub = new ClauseRequirement("6.1.3", "情報セキュリティリスク対応", "Information security risk treatment",
                Optional.of("Produce a Statement of Applicability"));
        ClauseRequirement top = new ClauseRequirement("10.2", "不適合及び是正処置", "Nonconformity and corrective action",
                Optional.of(" "));

        assertThat(sub.parentId()).contains("6.1");
        assertThat(sub.clause()).isEqualTo(6);
        assertThat(top.parentId()).isEmpty();
        assertThat(top.clause()).isEqualTo(10);
        assertThat(top.documentedInformation()).isEmpty();
        assertThat(sub.titleIn(Locale.ENGLISH)).isEqualTo("Information security risk treatment");
        assertThat(sub.titleIn(Locale.GERMAN)).isEqualTo("情報セキュリティリスク対応");
    }

    @Test
    void editionMappingHasAMainTarget() {
        EditionMapping mapping = new EditionMapping("A.18.2.3", "Technical compliance review", List.of("5.36", "8.8"));
        assertThat(mapping.primaryId2022()).isEqualTo("5.36");
        assertThat(mapping.mapsTo("8.8")).isTrue();
        assertThat(mapping.ids2022()).isUnmodifiable();
    }
}
