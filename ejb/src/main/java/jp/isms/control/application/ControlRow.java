package jp.isms.control.application;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.domain.ControlTheme;
import jp.isms.control.domain.ControlType;
import jp.isms.control.domain.EditionMapping;

/**
 * One Annex A control as screens and the API show it, titled in the reader's language.
 *
 * @param ids2013 the 2013 controls it took over; empty when it is new in 2022
 */
public record ControlRow(String id, ControlTheme theme, String themeTitle, String title, List<ControlType> controlTypes,
        List<String> ids2013) implements Serializable {

    public ControlRow {
        controlTypes = List.copyOf(controlTypes);
        ids2013 = List.copyOf(ids2013);
    }

    public boolean newIn2022() {
        return ids2013.isEmpty();
    }

    static ControlRow of(AnnexAControl c, List<EditionMapping> sources, Locale locale) {
        return new ControlRow(c.id(), c.theme(), c.theme().titleIn(locale), c.titleIn(locale),
                List.copyOf(c.controlTypes()), sources.stream().map(EditionMapping::id2013).toList());
    }
}
