package jp.isms.control.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken data file stops the catalogue with a message naming the file and the line. */
class MalformedReferenceDataTest {

    private static final String DIR = "jp/isms/control/malformed/";
    private static final String CONTROLS_OK = DIR + "controls-ok.tsv";
    private static final String MAPPING_OK = DIR + "mapping-ok.tsv";
    private static final String CLAUSES_OK = DIR + "clauses-ok.tsv";

    @Test
    void theSmallValidFilesLoad() {
        var catalogue = new ReferenceDataControlCatalogue(CONTROLS_OK, MAPPING_OK, CLAUSES_OK);
        assertThat(catalogue.all()).hasSize(3);
        assertThat(catalogue.newIn2022()).extracting(c -> c.id()).containsExactly("8.28");
        assertThat(catalogue.clauses()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "controls-wrong-columns.tsv;line 4;expected 5 TAB-separated columns",
            "controls-unknown-theme.tsv;line 3;unknown theme 'human'",
            "controls-duplicate-id.tsv;line 4;duplicate id 5.1",
            "controls-unknown-control-type.tsv;line 2;unknown control type 'deterrent'",
            "controls-blank-title.tsv;line 2;title_ja of 5.1 must not be blank",
            "controls-theme-mismatch.tsv;line 2;control 8.28 cannot be of theme physical",
            "controls-wrong-header.tsv;line 1;header must be id<TAB>theme<TAB>title_ja" })
    void brokenControlsFile(String file, String line, String problem) {
        var catalogue = new ReferenceDataControlCatalogue(DIR + file, MAPPING_OK, CLAUSES_OK);

        assertThatThrownBy(catalogue::all).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DIR + file).hasMessageContaining(line + ":").hasMessageContaining(problem);
    }

    @Test
    void mappingToAControlThatDoesNotExist() {
        var catalogue = new ReferenceDataControlCatalogue(CONTROLS_OK, DIR + "mapping-unknown-target.tsv", CLAUSES_OK);

        assertThatThrownBy(catalogue::mappings2013).isInstanceOf(IllegalStateException.class)
                .hasMessage("Reference data file " + DIR + "mapping-unknown-target.tsv, line 3: A.12.6.1 maps to '8.8',"
                        + " which is not a control in " + CONTROLS_OK);
    }

    @Test
    void duplicateClause() {
        var catalogue = new ReferenceDataControlCatalogue(CONTROLS_OK, MAPPING_OK, DIR + "clauses-duplicate-id.tsv");

        assertThatThrownBy(catalogue::clauses).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clauses-duplicate-id.tsv, line 3: duplicate id 4.1");
    }

    @Test
    void missingFile() {
        var catalogue = new ReferenceDataControlCatalogue(DIR + "no-such-file.tsv", MAPPING_OK, CLAUSES_OK);

        assertThatThrownBy(catalogue::all).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DIR + "no-such-file.tsv").hasMessageContaining("not on the classpath");
    }

    @Test
    void aFailedLoadIsNotRememberedAsEmpty() {
        var catalogue = new ReferenceDataControlCatalogue(DIR + "controls-duplicate-id.tsv", MAPPING_OK, CLAUSES_OK);

        assertThatThrownBy(catalogue::all).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(catalogue::all).isInstanceOf(IllegalStateException.class);
    }
}
