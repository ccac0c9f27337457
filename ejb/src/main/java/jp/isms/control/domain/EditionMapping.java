package jp.isms.control.domain;

import java.util.List;

/**
 * Where a control of ISO/IEC 27001:2013 Annex A went in the 2022 edition (ISO/IEC 27002:2022 Annex B).
 *
 * @param id2013 the 2013 number, {@code A.5.1.1} … {@code A.18.2.3}
 * @param titleEn2013 the 2013 title in English
 * @param ids2022 the 2022 control numbers, the main one first; usually exactly one
 */
public record EditionMapping(String id2013, String titleEn2013, List<String> ids2022) {

    public EditionMapping {
        if (id2013 == null || !ReferenceIds.CONTROL_2013.matcher(id2013).matches()) {
            throw new IllegalArgumentException("not an Annex A 2013 control number: " + id2013);
        }
        Localized.requireText(titleEn2013, "title_en_2013 of " + id2013);
        if (ids2022 == null || ids2022.isEmpty()) {
            throw new IllegalArgumentException(id2013 + " maps to no 2022 control");
        }
        ids2022 = List.copyOf(ids2022);
    }

    /** The 2022 control that mainly took this one over. */
    public String primaryId2022() {
        return ids2022.get(0);
    }

    public boolean mapsTo(String id2022) {
        return ids2022.contains(id2022);
    }
}
