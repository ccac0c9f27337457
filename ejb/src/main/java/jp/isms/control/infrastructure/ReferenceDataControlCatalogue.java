package jp.isms.control.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.domain.ClauseRequirement;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.control.domain.ControlTheme;
import jp.isms.control.domain.ControlType;
import jp.isms.control.domain.EditionMapping;
import jp.isms.control.domain.ReferenceIds;
import jp.isms.shared.domain.LoadedOnce;
import jp.isms.shared.domain.TsvTable;

/**
 * The catalogue read from the TSV files under {@code reference/} on the classpath, once: at application start
 * (so that a malformed file stops the deployment with a message naming the file and line), or at the first
 * call, whichever comes first. Thread-safe; the data never changes afterwards.
 */
@ApplicationScoped
public class ReferenceDataControlCatalogue implements ControlCatalogue {

    public static final String CONTROLS = "reference/annex-a-2022.tsv";
    public static final String MAPPING_2013 = "reference/annex-a-2013-to-2022.tsv";
    public static final String CLAUSES = "reference/clauses.tsv";

    private static final Logger LOG = Logger.getLogger(ReferenceDataControlCatalogue.class.getName());
    private static final List<String> CONTROL_COLUMNS = List.of("id", "theme", "title_ja", "title_en", "control_type");
    private static final List<String> MAPPING_COLUMNS = List.of("id_2013", "title_en_2013", "id_2022");
    private static final List<String> CLAUSE_COLUMNS = List.of("id", "title_ja", "title_en", "documented_information");

    private final String controlsResource;
    private final String mappingResource;
    private final String clausesResource;
    private final LoadedOnce<Data> data = new LoadedOnce<>(this::load);

    /** The bean: the files of the application. */
    public ReferenceDataControlCatalogue() {
        this(CONTROLS, MAPPING_2013, CLAUSES);
    }

    /** Other files, by classpath resource name; for tests. */
    public ReferenceDataControlCatalogue(String controlsResource, String mappingResource, String clausesResource) {
        this.controlsResource = controlsResource;
        this.mappingResource = mappingResource;
        this.clausesResource = clausesResource;
    }

    /** Reads the files when the application starts, so a broken file fails the deployment, not a screen. */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Data loaded = data();
        LOG.info(() -> "Controls catalogue loaded: " + loaded.controls.size() + " Annex A controls, "
                + loaded.mappings.size() + " 2013 mappings, " + loaded.clauses.size() + " clauses");
    }

    @Override
    public List<AnnexAControl> all() {
        return data().controls;
    }

    @Override
    public Optional<AnnexAControl> byId(String id) {
        return Optional.ofNullable(data().controlsById.get(id));
    }

    @Override
    public Map<ControlTheme, List<AnnexAControl>> byTheme() {
        return data().controlsByTheme;
    }

    @Override
    public List<ClauseRequirement> clauses() {
        return data().clauses;
    }

    @Override
    public Optional<ClauseRequirement> clause(String id) {
        return data().clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<EditionMapping> mappings2013() {
        return data().mappings;
    }

    @Override
    public Optional<AnnexAControl> mappedFrom2013(String id2013) {
        return Optional.ofNullable(data().mappingsById.get(id2013)).flatMap(m -> byId(m.primaryId2022()));
    }

    @Override
    public List<EditionMapping> mappingsTo(String id2022) {
        return data().mappingsTo.getOrDefault(id2022, List.of());
    }

    private Data data() {
        return data.get();
    }

    private Data load() {
        Map<String, AnnexAControl> controls = new LinkedHashMap<>();
        for (TsvTable.Row line : read(controlsResource, CONTROL_COLUMNS)) {
            String id = line.cell(0);
            line.check(ReferenceIds.CONTROL_2022.matcher(id).matches(), "not an Annex A 2022 control number: '" + id + "'");
            line.check(!controls.containsKey(id), "duplicate id " + id);
            ControlTheme theme = ControlTheme.ofCode(line.cell(1)).orElseThrow(() -> line.error("unknown theme '"
                    + line.cell(1) + "', expected one of " + Arrays.stream(ControlTheme.values()).map(ControlTheme::code).toList()));
            line.check(ControlTheme.ofControlId(id).orElse(null) == theme,
                    "control " + id + " cannot be of theme " + theme.code());
            Set<ControlType> types = EnumSet.noneOf(ControlType.class);
            for (String code : line.cell(4).split("\\|", -1)) {
                types.add(ControlType.ofCode(code.strip()).orElseThrow(() -> line.error("unknown control type '" + code
                        + "', expected one of " + Arrays.stream(ControlType.values()).map(ControlType::code).toList())));
            }
            controls.put(id, line.make(() -> new AnnexAControl(id, theme, line.cell(2), line.cell(3), types)));
        }

        Map<String, EditionMapping> mappings = new LinkedHashMap<>();
        for (TsvTable.Row line : read(mappingResource, MAPPING_COLUMNS)) {
            String id = line.cell(0);
            line.check(ReferenceIds.CONTROL_2013.matcher(id).matches(), "not an Annex A 2013 control number: '" + id + "'");
            line.check(!mappings.containsKey(id), "duplicate id " + id);
            List<String> targets = Arrays.stream(line.cell(2).split("\\|", -1)).map(String::strip).toList();
            for (String target : targets) {
                line.check(controls.containsKey(target), id + " maps to '" + target + "', which is not a control in "
                        + controlsResource);
            }
            line.check(targets.stream().distinct().count() == targets.size(), id + " names a 2022 control twice");
            mappings.put(id, line.make(() -> new EditionMapping(id, line.cell(1), targets)));
        }

        Map<String, ClauseRequirement> clauses = new LinkedHashMap<>();
        for (TsvTable.Row line : read(clausesResource, CLAUSE_COLUMNS)) {
            String id = line.cell(0);
            line.check(ReferenceIds.CLAUSE.matcher(id).matches(), "not a clause number: '" + id + "'");
            line.check(!clauses.containsKey(id), "duplicate id " + id);
            clauses.put(id, line.make(() -> new ClauseRequirement(id, line.cell(1), line.cell(2),
                    Optional.of(line.cell(3)))));
        }
        return new Data(controls, mappings, clauses);
    }

    private List<TsvTable.Row> read(String resource, List<String> columns) {
        try (InputStream in = ReferenceDataControlCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            return TsvTable.read(in, resource, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data file " + resource, e);
        }
    }

    /** Everything read, indexed; immutable. */
    private static final class Data {
        final List<AnnexAControl> controls;
        final Map<String, AnnexAControl> controlsById;
        final Map<ControlTheme, List<AnnexAControl>> controlsByTheme;
        final List<EditionMapping> mappings;
        final Map<String, EditionMapping> mappingsById;
        final Map<String, List<EditionMapping>> mappingsTo;
        final List<ClauseRequirement> clauses;

        Data(Map<String, AnnexAControl> controls, Map<String, EditionMapping> mappings,
                Map<String, ClauseRequirement> clauses) {
            this.controls = List.copyOf(controls.values());
            this.controlsById = Collections.unmodifiableMap(new LinkedHashMap<>(controls));
            Map<ControlTheme, List<AnnexAControl>> byTheme = new EnumMap<>(ControlTheme.class);
            for (ControlTheme theme : ControlTheme.values()) {
                byTheme.put(theme, this.controls.stream().filter(c -> c.theme() == theme).toList());
            }
            this.controlsByTheme = Collections.unmodifiableMap(byTheme);
            this.mappings = List.copyOf(mappings.values());
            this.mappingsById = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
            Map<String, List<EditionMapping>> to = new LinkedHashMap<>();
            for (EditionMapping m : this.mappings) {
                for (String id : m.ids2022()) {
                    to.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
                }
            }
            to.replaceAll((k, v) -> List.copyOf(v));
            this.mappingsTo = Collections.unmodifiableMap(to);
            this.clauses = List.copyOf(clauses.values());
        }
    }
}
