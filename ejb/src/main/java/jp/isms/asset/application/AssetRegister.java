package jp.isms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetRepository;
import jp.isms.asset.domain.AssetValuation;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;

/**
 * Reading and maintaining the asset inventory. Everyone who reads the risk register reads the inventory;
 * the ISMS office edits every asset and imports files; a department head edits the assets of their own
 * department only.
 */
@ApplicationScoped
@Transactional
public class AssetRegister {

    private static final int EXPORT_PAGE = PageRequest.MAX_PAGE_SIZE;

    @Inject
    AssetRepository assets;

    @Inject
    UserRepository users;

    @Inject
    TabularFiles files;

    @Inject
    Event<InventoryChanged> inventoryChanged;

    /** The company's valuation; a later issue makes it configurable per company. */
    public AssetValuation valuation() {
        return AssetValuation.DEFAULT;
    }

    public Page<AssetRow> page(Actor actor, PageRequest request) {
        requireReader(actor);
        Page<Asset> page = assets.page(request);
        return new Page<>(page.rows().stream().map(AssetRow::of).toList(), page.total());
    }

    public AssetRow get(Actor actor, String assetNo) {
        requireReader(actor);
        return assets.find(assetNo).map(AssetRow::of)
                .orElseThrow(() -> IsmsException.notFound("asset.unknown", assetNo));
    }

    public long count(Actor actor) {
        requireReader(actor);
        return assets.count();
    }

    public AssetRow create(Actor actor, String assetNo, AssetChange values) {
        requireEditor(actor, values == null ? null : values.departmentCode());
        String number = Asset.checkNumber(assetNo);
        if (assets.find(number).isPresent()) {
            throw IsmsException.conflict("asset.assetNo.taken", number);
        }
        Asset asset = new Asset(number, values, valuation());
        assets.add(asset);
        assets.flush();
        inventoryChanged.fire(new InventoryChanged(List.of(InventoryChanged.Facts.of(asset)), List.of()));
        return AssetRow.of(asset);
    }

    public AssetRow update(Actor actor, String assetNo, AssetChange values) {
        Asset asset = assets.find(assetNo).orElseThrow(() -> {
            requireEditor(actor, values == null ? null : values.departmentCode());
            return IsmsException.notFound("asset.unknown", assetNo);
        });
        requireEditor(actor, asset.getDepartmentCode());
        requireEditor(actor, values == null ? null : values.departmentCode());
        asset.apply(values, valuation());
        assets.flush();
        inventoryChanged.fire(new InventoryChanged(List.of(), List.of(InventoryChanged.Facts.of(asset))));
        return AssetRow.of(asset);
    }

    /**
     * Imports a whole file or nothing: a file with any error writes nothing and returns the errors. An asset
     * number that exists already updates that asset.
     */
    public AssetImportOutcome importFile(Actor actor, String fileName, InputStream content) {
        actor.require(Role.ISMS_OFFICE);
        AssetImportResult result;
        try {
            result = new AssetImport(files, valuation(), ImportLimits.DEFAULT).importFile(fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!result.isAccepted()) {
            return new AssetImportOutcome(0, 0, result.errors());
        }
        Map<String, Asset> existing = assets.findAll(result.assets().stream().map(Asset::getAssetNo).toList());
        List<InventoryChanged.Facts> created = new ArrayList<>();
        List<InventoryChanged.Facts> updated = new ArrayList<>();
        List<Asset> touched = new ArrayList<>();
        for (Asset imported : result.assets()) {
            Asset current = existing.get(imported.getAssetNo());
            if (current == null) {
                assets.add(imported);
                touched.add(imported);
            } else {
                current.apply(imported.values(), valuation());
                touched.add(current);
            }
        }
        assets.flush();
        for (Asset asset : touched) {
            (existing.containsKey(asset.getAssetNo()) ? updated : created).add(InventoryChanged.Facts.of(asset));
        }
        inventoryChanged.fire(new InventoryChanged(created, updated));
        return new AssetImportOutcome(created.size(), updated.size(), List.of());
    }

    /** The whole inventory, sorted by asset number, in the user's language; read page by page. */
    public void export(Actor actor, TabularFormat format, Locale locale, OutputStream out) {
        requireReader(actor);
        try {
            new AssetExport(files).export(this::allAssets, format, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every asset by number, a page at a time (loaded assets are forgotten between pages). */
    Iterator<Asset> allAssets() {
        return new Iterator<>() {
            private List<Asset> page = new ArrayList<>();
            private int index;
            private int first;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                assets.detachAll();
                // A PageRequest caps its size: the end is a page shorter than the size it really asked for.
                PageRequest request = new PageRequest(first, EXPORT_PAGE, "assetNo", true, Map.of());
                page = assets.page(request).rows();
                first += page.size();
                index = 0;
                last = page.size() < request.size();
                return !page.isEmpty();
            }

            @Override
            public Asset next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    /** Whether the actor may edit assets of that department; for screens to offer the buttons. */
    public boolean mayEdit(Actor actor, String departmentCode) {
        if (actor.has(Role.ISMS_OFFICE)) {
            return true;
        }
        if (!actor.has(Role.DEPT_HEAD) || departmentCode == null) {
            return false;
        }
        return users.findByUsername(actor.username()).map(u -> u.getDepartment())
                .map(d -> d != null && d.getCode().equalsIgnoreCase(departmentCode.strip())).orElse(false);
    }

    /** Whether the actor may edit any asset at all (office, or a department head). */
    public boolean mayEditSome(Actor actor) {
        return actor.has(Role.ISMS_OFFICE) || actor.has(Role.DEPT_HEAD);
    }

    private void requireEditor(Actor actor, String departmentCode) {
        if (!mayEdit(actor, departmentCode)) {
            throw IsmsException.forbidden("asset.edit.forbidden");
        }
    }

    private static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("asset.inventory.forbidden");
        }
    }
}
