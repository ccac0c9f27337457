package jp.isms.asset.application;

import java.util.Locale;
import jp.isms.shared.application.Messages;

/**
 * One reason an import was refused: where (row, column, the cell's text) and why (a message key and its
 * arguments, said in Japanese or English by {@link #message(Locale)}).
 *
 * @param row        the row as the user sees it in the file (1 = the header); 0 for the file as a whole
 * @param column     the column, or {@code null} when the reason is not about one column
 * @param value      the cell's text, or {@code null}
 * @param messageKey the reason
 * @param arguments  the reason's arguments; those that are {@code asset.*} message keys are translated
 */
public record ImportError(int row, AssetColumn column, String value, String messageKey, Object... arguments) {

    public ImportError {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    static ImportError ofFile(String messageKey, Object... arguments) {
        return new ImportError(0, null, null, messageKey, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The reason alone, e.g. 「機密性」は1から3の間で指定してください。 */
    public String reason(Locale locale) {
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof String s && s.matches("asset\\.[A-Za-z_.]+")) {
                resolved[i] = Messages.get(locale, s);
            }
        }
        return Messages.get(locale, messageKey, resolved);
    }

    /** Where and why, as one line for the user: row, column and value when known, then the reason. */
    public String message(Locale locale) {
        if (row == 0) {
            return reason(locale);
        }
        if (column == null) {
            return Messages.get(locale, "asset.import.errorInRow", row, reason(locale));
        }
        return Messages.get(locale, "asset.import.errorAt", row, column.header(locale), value == null ? "" : value,
                reason(locale));
    }
}
