package jp.isms.control.application;

import java.io.Serializable;
import java.util.Locale;
import jp.isms.control.domain.ClauseRequirement;

/**
 * One requirement clause as screens and the API show it, titled in the reader's language.
 *
 * @param documentedInformation the note on required documented information (English), or {@code null}
 */
public record ClauseRow(String id, String title, boolean subClause, String documentedInformation)
        implements Serializable {

    static ClauseRow of(ClauseRequirement c, Locale locale) {
        return new ClauseRow(c.id(), c.titleIn(locale), c.parentId().isPresent(),
                c.documentedInformation().orElse(null));
    }
}
