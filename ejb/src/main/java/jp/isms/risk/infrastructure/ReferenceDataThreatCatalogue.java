package jp.isms.risk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jp.isms.asset.domain.AssetType;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.risk.domain.CatalogueEntry;
import jp.isms.risk.domain.ThreatCatalogue;
import jp.isms.shared.domain.LoadedOnce;
import jp.isms.shared.domain.TsvTable;

/**
 * The threat catalogue read from {@code reference/threats.tsv} once, at application start, so that a broken
 * file (an unknown asset type, a control that is not in Annex A, an asset type without threats) stops the
 * deployment with the file and line named, rather than a screen later.
 */
@ApplicationScoped
public class ReferenceDataThreatCatalogue implements ThreatCatalogue {

    public static final String THREATS = "reference/threats.tsv";
    static final List<String> COLUMNS = List.of("code", "asset_type", "threat_ja", "threat_en", "vulnerability_ja",
            "vulnerability_en", "controls");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}-[0-9]{2}[a-z]");
    private static final Logger LOG = Logger.getLogger(ReferenceDataThreatCatalogue.class.getName());

    @Inject
    ControlCatalogue controls;

    private final String resource;
    private final LoadedOnce<Data> data = new LoadedOnce<>(this::load);

    /** The bean: the file of the application, checked against the injected control catalogue. */
    public ReferenceDataThreatCatalogue() {
        this.resource = THREATS;
    }

    /** Another file, by classpath resource name, checked against the given controls; for tests. */
    public ReferenceDataThreatCatalogue(String resource, ControlCatalogue controls) {
        this.resource = resource;
        this.controls = controls;
    }

    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Data loaded = data();
        LOG.info(() -> "Threat catalogue loaded: " + loaded.entries.size() + " threat-vulnerability entries for "
                + loaded.byType.size() + " asset types");
    }

    @Override
    public List<CatalogueEntry> all() {
        return data().entries;
    }

    @Override
    public List<CatalogueEntry> forType(AssetType type) {
        return data().byType.getOrDefault(type, List.of());
    }

    @Override
    public Optional<CatalogueEntry> entry(String code) {
        return Optional.ofNullable(data().byCode.get(code));
    }

    private Data data() {
        return data.get();
    }

    private Data load() {
        List<TsvTable.Row> rows;
        try (InputStream in = ReferenceDataThreatCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            rows = TsvTable.read(in, resource, COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data file " + resource, e);
        }
        Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
        Map<String, CatalogueEntry> threats = new LinkedHashMap<>();
        for (TsvTable.Row line : rows) {
            String code = line.cell(0);
            line.check(CODE.matcher(code).matches(), "not a catalogue code like INF-01a: '" + code + "'");
            line.check(!byCode.containsKey(code), "duplicate code " + code);
            AssetType type = Arrays.stream(AssetType.values()).filter(t -> t.name().equals(line.cell(1))).findFirst()
                    .orElseThrow(() -> line.error("unknown asset type '" + line.cell(1) + "', expected one of "
                            + Arrays.toString(AssetType.values())));
            List<String> ids = Arrays.stream(line.cell(6).split("\\|", -1)).map(String::strip).toList();
            for (String id : ids) {
                line.check(controls.byId(id).isPresent(), code + " suggests '" + id
                        + "', which is not an Annex A 2022 control");
            }
            line.check(ids.stream().distinct().count() == ids.size(), code + " names a control twice");
            CatalogueEntry entry = line.make(() -> new CatalogueEntry(code, type, line.cell(2), line.cell(3),
                    line.cell(4), line.cell(5), ids));
            CatalogueEntry sameThreat = threats.putIfAbsent(entry.threatCode(), entry);
            if (sameThreat != null) {
                line.check(sameThreat.assetType() == type && sameThreat.threatJa().equals(entry.threatJa())
                        && sameThreat.threatEn().equals(entry.threatEn()),
                        "threat " + entry.threatCode() + " must have the same type and texts on every line");
            }
            byCode.put(code, entry);
        }
        Map<AssetType, List<CatalogueEntry>> byType = new EnumMap<>(AssetType.class);
        for (CatalogueEntry entry : byCode.values()) {
            byType.computeIfAbsent(entry.assetType(), t -> new ArrayList<>()).add(entry);
        }
        for (AssetType type : AssetType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("Reference data file " + resource + ": no threat for asset type " + type);
            }
        }
        byType.replaceAll((t, list) -> List.copyOf(list));
        return new Data(List.copyOf(byCode.values()), Map.copyOf(byCode), byType);
    }

    private record Data(List<CatalogueEntry> entries, Map<String, CatalogueEntry> byCode,
            Map<AssetType, List<CatalogueEntry>> byType) {
    }
}
