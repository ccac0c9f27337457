package jp.isms.control.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * One requirement clause of ISO/IEC 27001:2022 (4.1 … 10.2, with sub-clauses such as 6.1.2), and the
 * documented information it asks for, if any.
 *
 * @param id the clause number
 * @param titleJa the JIS Q 27001:2023 title
 * @param titleEn the ISO/IEC 27001:2022 title
 * @param documentedInformation a short English note of the documented information required; empty if none
 */
public record ClauseRequirement(String id, String titleJa, String titleEn, Optional<String> documentedInformation) {

    public ClauseRequirement {
        if (id == null || !ReferenceIds.CLAUSE.matcher(id).matches()) {
            throw new IllegalArgumentException("not a clause number: " + id);
        }
        Localized.requireText(titleJa, "title_ja of " + id);
        Localized.requireText(titleEn, "title_en of " + id);
        documentedInformation = documentedInformation == null ? Optional.empty()
                : documentedInformation.filter(s -> !s.isBlank());
    }

    /** The title for a reader: Japanese unless English is asked for. */
    public String titleIn(Locale locale) {
        return Localized.pick(locale, titleJa, titleEn);
    }

    /** The top-level clause this one belongs to: 4 to 10. */
    public int clause() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }

    /** The enclosing clause's number for a sub-clause ({@code 6.1} for {@code 6.1.2}); empty for 6.1 itself. */
    public Optional<String> parentId() {
        int last = id.lastIndexOf('.');
        return id.indexOf('.') == last ? Optional.empty() : Optional.of(id.substring(0, last));
    }

    public boolean requiresDocumentedInformation() {
        return documentedInformation.isPresent();
    }
}
