package jp.isms.asset.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.AssetValuation;
import jp.isms.asset.domain.Classification;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.IsmsException;

/**
 * Imports an inventory from an .xlsx or .csv file, all or nothing.
 *
 * <p>Order of the checks: the file name must end in .xlsx or .csv; a file over {@link ImportLimits#maxBytes()}
 * is refused before a byte of it is parsed; the content must match the name (an .xlsx starts with the ZIP
 * signature and opens as a spreadsheet; a legacy .xls or a password-protected workbook, both OLE2, is named
 * as such); the first non-empty row is the header, whose columns are found by name in Japanese or English;
 * then every row is checked cell by cell and every broken cell reported, as are asset numbers used twice.
 * The file is read as a stream of rows: the readers never hold a whole sheet.
 */
public class AssetImport {

    private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };
    private static final int MB = 1024 * 1024;

    private final TabularFiles files;
    private final AssetValuation valuation;
    private final ImportLimits limits;

    public AssetImport(TabularFiles files, AssetValuation valuation, ImportLimits limits) {
        this.files = Objects.requireNonNull(files);
        this.valuation = Objects.requireNonNull(valuation);
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * Imports an upload. The content is copied to a temporary file, but not beyond the size limit: a larger
     * upload is refused as soon as the limit is passed.
     */
    public AssetImportResult importFile(String fileName, InputStream content) throws IOException {
        if (TabularFormat.ofFileName(fileName).isEmpty()) {
            return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.unsupportedFormat", fileName)));
        }
        Path spool = Files.createTempFile("asset-import-", ".tmp");
        try {
            if (!copyAtMost(content, spool, limits.maxBytes())) {
                return tooLarge();
            }
            return importFile(spool, fileName);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Imports a file on disk; {@code fileName} is the name the user gave it (it decides the claimed format). */
    public AssetImportResult importFile(Path file, String fileName) throws IOException {
        TabularFormat format = TabularFormat.ofFileName(fileName).orElse(null);
        if (format == null) {
            return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.unsupportedFormat", fileName)));
        }
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            return tooLarge();
        }
        if (size == 0) {
            return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.empty")));
        }
        byte[] head = new byte[OLE2.length];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, head.length);
        }
        boolean zip = startsWith(head, headLength, ZIP);
        boolean ole2 = startsWith(head, headLength, OLE2);
        if (ole2) {
            return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.legacyExcel")));
        }
        if (format == TabularFormat.XLSX && !zip) {
            return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.notExcel")));
        }
        if (format == TabularFormat.CSV && zip) {
            return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.notCsv")));
        }
        Run run = new Run();
        try {
            files.reader(format).read(file, run::row);
        } catch (IsmsException e) {
            run.errors.add(ImportError.ofFile(e.messageKey(), e.arguments()));
        }
        return run.result();
    }

    private AssetImportResult tooLarge() {
        return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.fileTooLarge",
                limits.maxBytes() / MB > 0 ? limits.maxBytes() / MB : 1)));
    }

    private static boolean copyAtMost(InputStream in, Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        return length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    /** One pass over the rows of one file. */
    private final class Run {

        private final List<ImportError> errors = new ArrayList<>();
        private final Map<String, Integer> firstRowOfNumber = new HashMap<>();
        private List<Asset> assets = new ArrayList<>();
        private Map<AssetColumn, Integer> positions;
        private int dataRows;
        private boolean stopped;

        boolean row(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return true;
            }
            if (positions == null) {
                return header(rowNumber, cells);
            }
            dataRows++;
            if (dataRows > limits.maxRows()) {
                errors.add(new ImportError(rowNumber, null, null, "asset.import.tooManyRows", limits.maxRows()));
                return stop();
            }
            Asset asset = asset(rowNumber, cells);
            if (asset != null && errors.isEmpty()) {
                assets.add(asset);
            } else {
                assets = null; // refused anyway: no point in keeping what was read so far
            }
            if (errors.size() >= limits.maxErrors()) {
                errors.add(ImportError.ofFile("asset.import.tooManyErrors", limits.maxErrors()));
                return stop();
            }
            return true;
        }

        private boolean stop() {
            stopped = true;
            return false;
        }

        private boolean header(int rowNumber, List<String> cells) {
            positions = new EnumMap<>(AssetColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i) == null ? "" : cells.get(i).strip();
                if (text.isEmpty()) {
                    continue;
                }
                AssetColumn column = AssetColumn.ofHeader(FormulaGuard.restore(text)).orElse(null);
                if (column == null) {
                    errors.add(new ImportError(rowNumber, null, text, "asset.import.unknownColumn", text));
                } else if (positions.putIfAbsent(column, i) != null) {
                    errors.add(new ImportError(rowNumber, column, text, "asset.import.duplicateColumn",
                            column.messageKey()));
                }
            }
            for (AssetColumn column : AssetColumn.values()) {
                if (column.requiredOnImport() && !positions.containsKey(column)) {
                    errors.add(new ImportError(rowNumber, column, null, "asset.import.missingColumn",
                            column.messageKey()));
                }
            }
            return errors.isEmpty() || stop();
        }

        private Asset asset(int rowNumber, List<String> cells) {
            int before = errors.size();
            Cells row = new Cells(rowNumber, cells);
            String number = row.check(AssetColumn.ASSET_NO, Asset::checkNumber);
            String name = row.check(AssetColumn.NAME, Asset::checkName);
            AssetType type = row.check(AssetColumn.TYPE, text -> Labels.TYPES.parse(text, "asset.type",
                    "asset.import.unknownType"));
            Classification classification = row.check(AssetColumn.CLASSIFICATION,
                    text -> Labels.CLASSIFICATIONS.parse(text, "asset.classification",
                            "asset.import.unknownClassification"));
            Integer c = row.check(AssetColumn.CONFIDENTIALITY, text -> level(text, "asset.confidentiality"));
            Integer i = row.check(AssetColumn.INTEGRITY, text -> level(text, "asset.integrity"));
            Integer a = row.check(AssetColumn.AVAILABILITY, text -> level(text, "asset.availability"));
            String owner = row.check(AssetColumn.OWNER, Asset::checkOwner);
            String department = row.check(AssetColumn.DEPARTMENT, Asset::checkDepartmentCode);
            String location = row.check(AssetColumn.LOCATION, Asset::checkLocation);
            if (number != null) {
                Integer first = firstRowOfNumber.putIfAbsent(number, rowNumber);
                if (first != null) {
                    errors.add(new ImportError(rowNumber, AssetColumn.ASSET_NO, number,
                            "asset.import.duplicateNumber", number, first));
                }
            }
            if (errors.size() > before) {
                return null;
            }
            try {
                return new Asset(number, new AssetChange(name, type, classification, c, i, a, owner, department,
                        location), valuation);
            } catch (IsmsException e) {
                errors.add(new ImportError(rowNumber, null, null, e.messageKey(), e.arguments()));
                return null;
            }
        }

        private int level(String text, String field) {
            String normalised = AssetColumn.normalise(text);
            if (normalised.isEmpty()) {
                throw IsmsException.invalid("validation.required", field);
            }
            if (!normalised.matches("[0-9]{1,9}")) {
                throw IsmsException.invalid("asset.import.notANumber", field);
            }
            return valuation.checkLevel(field, Integer.parseInt(normalised));
        }

        AssetImportResult result() {
            if (!errors.isEmpty()) {
                return AssetImportResult.refused(errors);
            }
            if (positions == null) {
                return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.empty")));
            }
            if (dataRows == 0) {
                return AssetImportResult.refused(List.of(ImportError.ofFile("asset.import.noRows")));
            }
            if (stopped) {
                throw new IllegalStateException("stopped without a reason");
            }
            return AssetImportResult.accepted(assets);
        }

        /** The cells of one data row, by column; each check that fails becomes an error of its cell. */
        private final class Cells {
            private final int rowNumber;
            private final List<String> cells;

            Cells(int rowNumber, List<String> cells) {
                this.rowNumber = rowNumber;
                this.cells = cells;
            }

            <T> T check(AssetColumn column, Function<String, T> parse) {
                Integer position = positions.get(column);
                String raw = position == null || position >= cells.size() || cells.get(position) == null ? ""
                        : cells.get(position);
                String text = FormulaGuard.restore(raw);
                try {
                    return parse.apply(text);
                } catch (IsmsException e) {
                    errors.add(new ImportError(rowNumber, column, raw, e.messageKey(), e.arguments()));
                    return null;
                }
            }
        }
    }

    /** Types and classifications as users write them: the code, or the Japanese or English name. */
    private static final class Labels<E extends Enum<E>> {

        static final Labels<AssetType> TYPES = new Labels<>(AssetType.values(), AssetType::messageKey);
        static final Labels<Classification> CLASSIFICATIONS = new Labels<>(Classification.values(),
                Classification::messageKey);

        private final Map<String, E> byText = new HashMap<>();

        private Labels(E[] values, Function<E, String> key) {
            for (E value : values) {
                byText.put(AssetColumn.normalise(value.name()), value);
                byText.put(AssetColumn.normalise(Messages.get(Messages.JAPANESE, key.apply(value))), value);
                byText.put(AssetColumn.normalise(Messages.get(Locale.ENGLISH, key.apply(value))), value);
            }
        }

        E parse(String text, String field, String unknownKey) {
            String normalised = AssetColumn.normalise(text);
            if (normalised.isEmpty()) {
                throw IsmsException.invalid("validation.required", field);
            }
            E value = byText.get(normalised);
            if (value == null) {
                throw IsmsException.invalid(unknownKey, text.strip());
            }
            return value;
        }
    }
}
