package jp.isms.control.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One control of ISO/IEC 27001:2022 Annex A, e.g. {@code 8.28} セキュアコーディング / Secure coding.
 *
 * @param id the control number, {@code 5.1} … {@code 8.34}
 * @param theme the theme; it matches the number's first part
 * @param titleJa the JIS Q 27001:2023 title
 * @param titleEn the ISO/IEC 27001:2022 title
 * @param controlTypes the ISO/IEC 27002:2022 control types, at least one, in the enum's order
 */
public record AnnexAControl(String id, ControlTheme theme, String titleJa, String titleEn,
        Set<ControlType> controlTypes) {

    public AnnexAControl {
        if (id == null || !ReferenceIds.CONTROL_2022.matcher(id).matches()) {
            throw new IllegalArgumentException("not an Annex A 2022 control number: " + id);
        }
        if (theme == null || ControlTheme.ofControlId(id).orElse(null) != theme) {
            throw new IllegalArgumentException("control " + id + " is not of theme " + theme);
        }
        Localized.requireText(titleJa, "title_ja of " + id);
        Localized.requireText(titleEn, "title_en of " + id);
        if (controlTypes == null || controlTypes.isEmpty()) {
            throw new IllegalArgumentException("control " + id + " needs at least one control type");
        }
        controlTypes = Collections.unmodifiableSet(EnumSet.copyOf(controlTypes));
    }

    /** The title for a reader: Japanese unless English is asked for. */
    public String titleIn(Locale locale) {
        return Localized.pick(locale, titleJa, titleEn);
    }

    public boolean is(ControlType type) {
        return controlTypes.contains(type);
    }
}
