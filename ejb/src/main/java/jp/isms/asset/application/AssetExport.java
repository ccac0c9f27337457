package jp.isms.asset.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.isms.asset.domain.Asset;
import jp.isms.shared.application.Messages;

/**
 * Exports assets as .xlsx or .csv in the columns of {@link AssetColumn}, headers, types and classifications
 * in the user's language, so that the file imports again unchanged. Every text cell passes through
 * {@link FormulaGuard}. The assets are written as they are iterated: a caller may stream them page by page.
 */
public class AssetExport {

    private final TabularFiles files;

    public AssetExport(TabularFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    public void export(Iterable<Asset> assets, TabularFormat format, Locale locale, OutputStream out)
            throws IOException {
        Locale language = Messages.supported(locale);
        List<String> header = new ArrayList<>();
        for (AssetColumn column : AssetColumn.values()) {
            header.add(FormulaGuard.neutralise(column.header(language)));
        }
        Iterator<Asset> source = assets.iterator();
        Iterator<List<Object>> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<Object> next() {
                return row(source.next(), language);
            }
        };
        files.writer(format).write(header, rows, out);
    }

    static List<Object> row(Asset asset, Locale locale) {
        List<Object> cells = new ArrayList<>();
        for (AssetColumn column : AssetColumn.values()) {
            cells.add(switch (column) {
                case ASSET_NO -> text(asset.getAssetNo());
                case NAME -> text(asset.getName());
                case TYPE -> text(Messages.get(locale, asset.getType().messageKey()));
                case CLASSIFICATION -> text(Messages.get(locale, asset.getClassification().messageKey()));
                case CONFIDENTIALITY -> asset.getConfidentiality();
                case INTEGRITY -> asset.getIntegrity();
                case AVAILABILITY -> asset.getAvailability();
                case ASSET_VALUE -> asset.getAssetValue();
                case OWNER -> text(asset.getOwner());
                case DEPARTMENT -> text(asset.getDepartmentCode());
                case LOCATION -> text(asset.getLocation());
            });
        }
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : FormulaGuard.neutralise(value);
    }
}
