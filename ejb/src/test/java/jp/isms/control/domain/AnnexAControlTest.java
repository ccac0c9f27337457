package jp.isms.control.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnexAControlTest {

    private final AnnexAControl secureCoding = new AnnexAControl("8.28", ControlTheme.TECHNOLOGICAL, "セキュアコーディング",
            "Secure coding", EnumSet.of(ControlType.PREVENTIVE));

    @Test
    void titleInEnglishWhenEnglishIsAskedFor() {
        assertThat(secureCoding.titleIn(Locale.ENGLISH)).isEqualTo("Secure coding");
        assertThat(secureCoding.titleIn(Locale.US)).isEqualTo("Secure coding");
    }

    @Test
    void titleInJapaneseOtherwise() {
        assertThat(secureCoding.titleIn(Locale.JAPANESE)).isEqualTo("セキュアコーディング");
        assertThat(secureCoding.titleIn(Locale.JAPAN)).isEqualTo("セキュアコーディング");
        assertThat(secureCoding.titleIn(Locale.GERMAN)).isEqualTo("セキュアコーディング");
        assertThat(secureCoding.titleIn(null)).isEqualTo("セキュアコーディング");
    }

    @Test
    void themeTitleInLocale() {
        assertThat(ControlTheme.PEOPLE.titleIn(Locale.ENGLISH)).isEqualTo("People controls");
        assertThat(ControlTheme.PEOPLE.titleIn(Locale.GERMAN)).isEqualTo("人的管理策");
    }

    @Test
    void controlTypesAreImmutable() {
        Set<ControlType> types = EnumSet.of(ControlType.DETECTIVE, ControlType.PREVENTIVE);
        AnnexAControl control = new AnnexAControl("7.4", ControlTheme.PHYSICAL, "物理的セキュリティの監視",
                "Physical security monitoring", types);
        types.add(ControlType.CORRECTIVE);

        assertThat(control.controlTypes()).containsExactly(ControlType.PREVENTIVE, ControlType.DETECTIVE).isUnmodifiable();
        assertThat(control.is(ControlType.DETECTIVE)).isTrue();
        assertThat(control.is(ControlType.CORRECTIVE)).isFalse();
    }

    @Test
    void refusesInconsistentValues() {
        assertThatThrownBy(() -> new AnnexAControl("8.28", ControlTheme.PHYSICAL, "x", "x", Set.of(ControlType.PREVENTIVE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnnexAControl("A.5.1.1", ControlTheme.ORGANIZATIONAL, "x", "x",
                Set.of(ControlType.PREVENTIVE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnnexAControl("5.1", ControlTheme.ORGANIZATIONAL, " ", "x",
                Set.of(ControlType.PREVENTIVE))).hasMessageContaining("title_ja of 5.1");
        assertThatThrownBy(() -> new AnnexAControl("5.1", ControlTheme.ORGANIZATIONAL, "x", "x", Set.of()))
                .hasMessageContaining("at least one control type");
    }

    @Test
    void themeOfAControlNumber() {
        assertThat(ControlTheme.ofControlId("5.37")).contains(ControlTheme.ORGANIZATIONAL);
        assertThat(ControlTheme.ofControlId("8.1")).contains(ControlTheme.TECHNOLOGICAL);
        assertThat(ControlTheme.ofControlId("9.1")).isEmpty();
        assertThat(ControlTheme.ofControlId("x")).isEmpty();
        assertThat(ControlTheme.ofCode("people")).contains(ControlTheme.PEOPLE);
        assertThat(ControlTheme.ofCode("PEOPLE")).isEmpty();
    }
}
