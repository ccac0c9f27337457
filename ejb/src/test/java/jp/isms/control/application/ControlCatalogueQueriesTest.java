package jp.isms.control.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.isms.control.domain.ControlTheme;
import jp.isms.control.infrastructure.ReferenceDataControlCatalogue;
import org.junit.jupiter.api.Test;

class ControlCatalogueQueriesTest {

    private final ControlCatalogueQueries queries = new ControlCatalogueQueries(new ReferenceDataControlCatalogue());

    @Test
    void controlsInTheReadersLanguage() {
        assertThat(queries.control("8.28", Locale.ENGLISH).orElseThrow().title()).isEqualTo("Secure coding");
        assertThat(queries.control("8.28", Locale.JAPANESE).orElseThrow().title()).isEqualTo("セキュアコーディング");
        assertThat(queries.control("8.28", Locale.GERMAN).orElseThrow().title()).isEqualTo("セキュアコーディング");
        assertThat(queries.control("8.28", Locale.ENGLISH).orElseThrow().themeTitle()).isEqualTo("Technological controls");
    }

    @Test
    void rowsSayWhereTheyCameFrom() {
        var row = queries.control("5.1", Locale.JAPANESE).orElseThrow();
        assertThat(row.ids2013()).containsExactly("A.5.1.1", "A.5.1.2");
        assertThat(row.newIn2022()).isFalse();
        assertThat(queries.control("5.7", Locale.JAPANESE).orElseThrow().newIn2022()).isTrue();
        assertThat(queries.controls(Locale.JAPANESE).stream().filter(ControlRow::newIn2022)).hasSize(11);
    }

    @Test
    void controlsOfATheme() {
        assertThat(queries.controls(ControlTheme.PHYSICAL, Locale.ENGLISH)).hasSize(14)
                .first().extracting(ControlRow::title).isEqualTo("Physical security perimeters");
    }

    @Test
    void successorOfA2013Control() {
        assertThat(queries.successorOf2013("A.12.6.1", Locale.ENGLISH)).map(ControlRow::id).contains("8.8");
    }

    @Test
    void clausesInTheReadersLanguage() {
        var clauses = queries.clauses(Locale.ENGLISH);
        assertThat(clauses).hasSize(34);
        assertThat(clauses.get(0).title()).isEqualTo("Understanding the organization and its context");
        assertThat(queries.clauses(Locale.JAPANESE).get(0).title()).isEqualTo("組織及びその状況の理解");
        assertThat(clauses).filteredOn(ClauseRow::subClause).extracting(ClauseRow::id).containsExactly("6.1.1",
                "6.1.2", "6.1.3", "7.5.1", "7.5.2", "7.5.3", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3");
    }
}
