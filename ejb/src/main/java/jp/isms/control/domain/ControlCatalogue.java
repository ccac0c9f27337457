package jp.isms.control.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference catalogue: Annex A of ISO/IEC 27001:2022, its requirement clauses and the mapping from the
 * 2013 edition. Read-only and the same for every company; lists are in the standard's order.
 */
public interface ControlCatalogue {

    /** The 93 controls, 5.1 to 8.34. */
    List<AnnexAControl> all();

    Optional<AnnexAControl> byId(String id);

    /** The controls of each theme, every theme present, in the theme's order. */
    Map<ControlTheme, List<AnnexAControl>> byTheme();

    /** The requirement clauses 4.1 to 10.2, sub-clauses after their parent. */
    List<ClauseRequirement> clauses();

    Optional<ClauseRequirement> clause(String id);

    /** The 114 controls of the 2013 edition with the 2022 controls they went to, A.5.1.1 to A.18.2.3. */
    List<EditionMapping> mappings2013();

    /** The 2022 control a 2013 control mainly went to ({@code A.12.6.1} → 8.8); empty for an unknown id. */
    Optional<AnnexAControl> mappedFrom2013(String id2013);

    /** The 2013 controls that went (also) to this 2022 control; empty for the controls new in 2022. */
    List<EditionMapping> mappingsTo(String id2022);

    /** The controls no 2013 control maps to: the 11 added in 2022. */
    default List<AnnexAControl> newIn2022() {
        return all().stream().filter(c -> mappingsTo(c.id()).isEmpty()).toList();
    }
}
