package jp.isms.asset.application;

/**
 * Neutralises exported text that a spreadsheet would take for a formula (CSV/formula injection, OWASP):
 * text starting with {@code = + - @}, a tab or a carriage return — or their full-width forms, which
 * Japanese Excel also turns into formulas — gets a leading single quote. Text that already starts with a
 * quote followed by such a character gets one more, so {@link #restore} gives back exactly the original
 * and an export imports unchanged.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

    private FormulaGuard() {
    }

    public static String neutralise(String text) {
        return text != null && needsQuote(text) ? "'" + text : text;
    }

    public static String restore(String text) {
        return text != null && text.startsWith("'") && needsQuote(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean needsQuote(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }
}
