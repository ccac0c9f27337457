package jp.isms.control.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four themes of Annex A; a control's number starts with its theme's clause (5 to 8). */
public enum ControlTheme {
    ORGANIZATIONAL("organizational", 5, "組織的管理策", "Organizational controls"),
    PEOPLE("people", 6, "人的管理策", "People controls"),
    PHYSICAL("physical", 7, "物理的管理策", "Physical controls"),
    TECHNOLOGICAL("technological", 8, "技術的管理策", "Technological controls");

    private final String code;
    private final int clause;
    private final String titleJa;
    private final String titleEn;

    ControlTheme(String code, int clause, String titleJa, String titleEn) {
        this.code = code;
        this.clause = clause;
        this.titleJa = titleJa;
        this.titleEn = titleEn;
    }

    /** The value used in the data files, e.g. {@code organizational}. */
    public String code() {
        return code;
    }

    /** The Annex A clause whose controls have this theme: 5, 6, 7 or 8. */
    public int clause() {
        return clause;
    }

    public String titleIn(Locale locale) {
        return Localized.pick(locale, titleJa, titleEn);
    }

    public static Optional<ControlTheme> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** The theme of a control number such as {@code 8.28}; empty for a number outside 5–8. */
    public static Optional<ControlTheme> ofControlId(String id) {
        int dot = id == null ? -1 : id.indexOf('.');
        String head = dot < 0 ? "" : id.substring(0, dot);
        return Arrays.stream(values()).filter(t -> String.valueOf(t.clause).equals(head)).findFirst();
    }
}
