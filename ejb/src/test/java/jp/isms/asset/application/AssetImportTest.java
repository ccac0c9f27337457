package jp.isms.asset.application;

import static jp.isms.asset.application.TestFiles.HEADER_EN;
import static jp.isms.asset.application.TestFiles.HEADER_JA;
import static jp.isms.asset.application.TestFiles.csv;
import static jp.isms.asset.application.TestFiles.row;
import static jp.isms.asset.application.TestFiles.rows;
import static jp.isms.asset.application.TestFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.isms.asset.domain.Asset;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.AssetValuation;
import jp.isms.asset.domain.AssetValueRule;
import jp.isms.asset.domain.Classification;
import jp.isms.asset.infrastructure.StandardTabularFiles;
import jp.isms.shared.application.Messages;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetImportTest {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final TabularFiles files = new StandardTabularFiles();
    private final AssetImport assetImport = new AssetImport(files, AssetValuation.DEFAULT, ImportLimits.DEFAULT);

    @TempDir
    Path dir;

    private AssetImportResult importBytes(String fileName, byte[] content) throws IOException {
        return assetImport.importFile(fileName, new ByteArrayInputStream(content));
    }

    private static List<Object> laptop(String number) {
        return row(number, "営業部ノートPC", "ハードウェア", "社外秘", 2, 2, 1, "depthead", "SALES", "本社3F");
    }

    private static void assertRefusedWith(AssetImportResult result, String... keys) {
        assertThat(result.isAccepted()).as("refused").isFalse();
        assertThat(result.assets()).as("never a partial result").isEmpty();
        assertThat(result.errors()).extracting(ImportError::messageKey).containsExactly(keys);
        assertMessagesResolve(result);
    }

    /** Every reason reads as a sentence in both languages: the key exists and all arguments are filled in. */
    private static void assertMessagesResolve(AssetImportResult result) {
        for (ImportError error : result.errors()) {
            for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                String reason = error.reason(locale);
                assertThat(reason).as(error.messageKey() + " in " + locale).isNotEqualTo(error.messageKey())
                        .doesNotContain("{0").doesNotContain("{1").doesNotContain("asset.");
                assertThat(error.message(locale)).contains(reason);
            }
            assertThat(error.reason(Locale.JAPANESE)).isNotEqualTo(error.reason(Locale.ENGLISH));
        }
    }

    // --- good files ---

    @Test
    void importsAnXlsxWithJapaneseHeaders() throws IOException {
        byte[] file = xlsx(rows(HEADER_JA,
                row("A-00001", "顧客データベース", "情報", "秘", 3, 3, 2, "depthead", "IT", "データセンター"),
                laptop("A-00002"),
                row("A-00003", "経理規程 (紙)", "紙媒体", "極秘", "３", "２", "１", "ciso", "FIN", null)));

        AssetImportResult result = importBytes("資産目録.xlsx", file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.assets()).extracting(Asset::getAssetNo, Asset::getType, Asset::getClassification,
                Asset::getAssetValue, Asset::getLocation).containsExactly(
                        tuple("A-00001", AssetType.INFORMATION, Classification.CONFIDENTIAL, 3, "データセンター"),
                        tuple("A-00002", AssetType.HARDWARE, Classification.INTERNAL, 2, "本社3F"),
                        tuple("A-00003", AssetType.PAPER, Classification.STRICTLY_CONFIDENTIAL, 3, null));
    }

    @Test
    void importsEnglishHeadersInAnyOrderWithCodesOrEnglishNames() throws IOException {
        byte[] file = csv(rows(
                row("Owner", "Location", "ASSET NO.", "asset name", "Type", "Classification", "Availability",
                        "Integrity", "Confidentiality", "Department code"),
                row("top", "", "A-00010", "Payroll service", "SERVICE", "confidential", 3, 2, 1, "HR"),
                row("ciso", "Tokyo", "A-00011", "Server room", "Facility", "Internal use only", 1, 1, 1, "IT")),
                StandardCharsets.UTF_8, false);

        AssetImportResult result = importBytes("assets.CSV", file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.assets()).extracting(Asset::getAssetNo, Asset::getType, Asset::getClassification,
                Asset::getConfidentiality, Asset::getAvailability, Asset::getOwner).containsExactly(
                        tuple("A-00010", AssetType.SERVICE, Classification.CONFIDENTIAL, 1, 3, "top"),
                        tuple("A-00011", AssetType.FACILITY, Classification.INTERNAL, 1, 1, "ciso"));
    }

    @Test
    void valueFollowsTheConfiguredRule() throws IOException {
        AssetImport summing = new AssetImport(files, new AssetValuation(3, AssetValueRule.SUM), ImportLimits.DEFAULT);

        AssetImportResult result = summing.importFile("a.xlsx",
                new ByteArrayInputStream(xlsx(rows(HEADER_JA, laptop("A-00002")))));

        assertThat(result.assets()).extracting(Asset::getAssetValue).containsExactly(5);
    }

    @Test
    void readsCsvInUtf8WithBomAndInShiftJis() throws IOException {
        List<List<Object>> content = rows(HEADER_JA, laptop("A-00002"));

        for (byte[] file : List.of(csv(content, StandardCharsets.UTF_8, true), csv(content, SHIFT_JIS, false),
                csv(content, StandardCharsets.UTF_8, false))) {
            AssetImportResult result = importBytes("資産.csv", file);

            assertThat(result.errors()).isEmpty();
            assertThat(result.assets()).extracting(Asset::getName, Asset::getLocation)
                    .containsExactly(tuple("営業部ノートPC", "本社3F"));
        }
    }

    @Test
    void skipsBlankRows() throws IOException {
        byte[] file = xlsx(rows(HEADER_JA, laptop("A-00001"), row("", null, " "), laptop("A-00003")));

        assertThat(importBytes("a.xlsx", file).assets()).hasSize(2);
    }

    // --- bad files ---

    @Test
    void refusesMissingAndUnknownColumns() throws IOException {
        List<Object> header = new ArrayList<>(HEADER_JA);
        header.set(4, "機密性レベル");
        header.remove("管理責任者");
        byte[] file = xlsx(rows(header, row("A-00001", "x", "情報", "秘", 1, 1, 1, "IT", "本社")));

        AssetImportResult result = importBytes("a.xlsx", file);

        assertRefusedWith(result, "asset.import.unknownColumn", "asset.import.missingColumn",
                "asset.import.missingColumn");
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                tuple(1, null), tuple(1, AssetColumn.CONFIDENTIALITY), tuple(1, AssetColumn.OWNER));
        assertThat(result.errors().get(0).message(Locale.JAPANESE)).contains("機密性レベル");
        assertThat(result.errors().get(1).message(Locale.ENGLISH)).contains("Confidentiality");
        assertThat(result.errors().get(2).message(Locale.JAPANESE)).contains("管理責任者");
    }

    @Test
    void refusesAColumnGivenTwice() throws IOException {
        List<Object> header = new ArrayList<>(HEADER_JA);
        header.add("Asset name");

        assertRefusedWith(importBytes("a.csv", csv(rows(header, laptop("A-00001")), StandardCharsets.UTF_8, false)),
                "asset.import.duplicateColumn");
    }

    @Test
    void refusesBadValuesNamingEveryBrokenCell() throws IOException {
        byte[] file = xlsx(rows(HEADER_JA,
                laptop("A-00001"),
                row("A-00002", "", "車", "部外秘", 4, "高", 0, "山田", "IT", null),
                row("B2", "x", "情報", "公開", 1, 1, 1, "top", "IT", null),
                laptop("A-00004")));

        AssetImportResult result = importBytes("a.xlsx", file);

        assertRefusedWith(result, "validation.required", "asset.import.unknownType",
                "asset.import.unknownClassification", "asset.levelOutOfRange", "asset.import.notANumber",
                "asset.levelOutOfRange", "asset.owner.invalid", "asset.assetNo.invalid");
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::value)
                .containsExactly(tuple(3, AssetColumn.NAME, ""), tuple(3, AssetColumn.TYPE, "車"),
                        tuple(3, AssetColumn.CLASSIFICATION, "部外秘"), tuple(3, AssetColumn.CONFIDENTIALITY, "4"),
                        tuple(3, AssetColumn.INTEGRITY, "高"), tuple(3, AssetColumn.AVAILABILITY, "0"),
                        tuple(3, AssetColumn.OWNER, "山田"), tuple(4, AssetColumn.ASSET_NO, "B2"));
        ImportError outOfRange = result.errors().get(3);
        assertThat(outOfRange.message(Locale.JAPANESE)).isEqualTo("3行目 「機密性」列 (値: 4): 「機密性」は1〜3で指定してください。");
        assertThat(outOfRange.message(Locale.ENGLISH))
                .isEqualTo("Row 3, column \"Confidentiality\" (value: 4): \"Confidentiality\" must be between 1 and 3.");
    }

    @Test
    void refusesAssetNumbersUsedTwiceInTheFile() throws IOException {
        byte[] file = csv(rows(HEADER_EN, laptop("A-00001"), laptop("A-00002"), laptop("A-00001")),
                StandardCharsets.UTF_8, true);

        AssetImportResult result = importBytes("a.csv", file);

        assertRefusedWith(result, "asset.import.duplicateNumber");
        assertThat(result.errors().get(0).row()).isEqualTo(4);
        assertThat(result.errors().get(0).arguments()).containsExactly("A-00001", 2);
        assertThat(result.errors().get(0).message(Locale.ENGLISH)).contains("row 2");
    }

    @Test
    void oneBadRowAmongManyGoodOnesRefusesTheWholeFile() throws IOException {
        List<List<Object>> content = new ArrayList<>();
        content.add(HEADER_JA);
        for (int i = 1; i <= 500; i++) {
            content.add(laptop(String.format("A-%05d", i)));
        }
        content.get(250).set(4, 9);

        AssetImportResult result = importBytes("a.xlsx", xlsx(content));

        assertRefusedWith(result, "asset.levelOutOfRange");
        assertThat(result.errors().get(0).row()).isEqualTo(251);
    }

    @Test
    void refusesEmptyFiles() throws IOException {
        assertRefusedWith(importBytes("a.xlsx", new byte[0]), "asset.import.empty");
        assertRefusedWith(importBytes("a.csv", new byte[0]), "asset.import.empty");
        assertRefusedWith(importBytes("a.csv", "\r\n,,\r\n".getBytes(StandardCharsets.UTF_8)), "asset.import.empty");
        assertRefusedWith(importBytes("a.xlsx", xlsx(rows())), "asset.import.empty");
        assertRefusedWith(importBytes("a.xlsx", xlsx(rows(HEADER_JA))), "asset.import.noRows");
    }

    @Test
    void refusesAFileOverTenMegabytesBeforeParsingAndWithoutReadingItAll() throws IOException {
        EndlessInput endless = new EndlessInput();

        AssetImportResult result = assetImport.importFile("huge.xlsx", endless);

        assertRefusedWith(result, "asset.import.fileTooLarge");
        assertThat(result.errors().get(0).arguments()).containsExactly(10L);
        assertThat(result.errors().get(0).reason(Locale.JAPANESE)).contains("10 MB");
        assertThat(endless.read).isLessThan(10L * 1024 * 1024 + 1024 * 1024);
    }

    @Test
    void refusesAFileOnDiskOverTheLimitByItsSize() throws IOException {
        Path big = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(csv(rows(HEADER_JA), StandardCharsets.UTF_8, false));
            byte[] line = "A-00001,x,情報,秘,1,1,1,top,IT,\r\n".getBytes(StandardCharsets.UTF_8);
            while (Files.size(big) <= 10L * 1024 * 1024) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(line);
                }
                out.flush();
            }
        }

        assertRefusedWith(assetImport.importFile(big, "big.csv"), "asset.import.fileTooLarge");
    }

    @Test
    void acceptsAFileJustUnderTheLimit() throws IOException {
        AssetImport small = new AssetImport(files, AssetValuation.DEFAULT, new ImportLimits(4096, 100, 100));
        byte[] file = csv(rows(HEADER_JA, laptop("A-00001")), StandardCharsets.UTF_8, false);

        assertThat(small.importFile("a.csv", new ByteArrayInputStream(file)).isAccepted()).isTrue();
        assertRefusedWith(new AssetImport(files, AssetValuation.DEFAULT, new ImportLimits(file.length - 1, 100, 100))
                .importFile("a.csv", new ByteArrayInputStream(file)), "asset.import.fileTooLarge");
    }

    @Test
    void refusesFilesThatAreNotExcelButNamedXlsx() throws IOException {
        byte[] text = csv(rows(HEADER_JA, laptop("A-00001")), StandardCharsets.UTF_8, false);
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] truncated = java.util.Arrays.copyOf(xlsx(rows(HEADER_JA, laptop("A-00001"))), 300);

        assertRefusedWith(importBytes("a.xlsx", text), "asset.import.notExcel");
        assertRefusedWith(importBytes("a.xlsx", pdf), "asset.import.notExcel");
        assertRefusedWith(importBytes("a.xlsx", zip.toByteArray()), "asset.import.notExcel");
        assertRefusedWith(importBytes("a.xlsx", truncated), "asset.import.notExcel");
    }

    @Test
    void namesLegacyXlsFilesAndExcelFilesNamedCsv() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            TestFiles.fill(workbook, rows(HEADER_JA, laptop("A-00001")));
            workbook.write(xls);
        }

        assertRefusedWith(importBytes("a.xlsx", xls.toByteArray()), "asset.import.legacyExcel");
        assertRefusedWith(importBytes("a.csv", xlsx(rows(HEADER_JA, laptop("A-00001")))), "asset.import.notCsv");
        assertRefusedWith(importBytes("a.txt", csv(rows(HEADER_JA), StandardCharsets.UTF_8, false)),
                "asset.import.unsupportedFormat");
    }

    @Test
    void refusesCsvThatIsNeitherUtf8NorShiftJis() throws IOException {
        byte[] header = csv(rows(HEADER_EN), StandardCharsets.UTF_8, false);
        byte[] broken = java.util.Arrays.copyOf(header, header.length + 2);
        broken[header.length] = (byte) 0x82;
        broken[header.length + 1] = (byte) 0x20;

        assertRefusedWith(importBytes("a.csv", broken), "asset.import.csvEncoding");
    }

    @Test
    void refusesCsvWithAnUnclosedQuote() throws IOException {
        byte[] file = (String.join(",", HEADER_EN.stream().map(Object::toString).toList())
                + "\r\nA-00001,\"unclosed,ハードウェア,秘,1,1,1,top,IT,\r\n").getBytes(StandardCharsets.UTF_8);

        AssetImportResult result = importBytes("a.csv", file);

        assertRefusedWith(result, "asset.import.csvMalformed");
        assertThat(result.errors().get(0).arguments()).containsExactly(2);
    }

    @Test
    void refusesMoreThanOneHundredThousandRows() throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", HEADER_EN.stream().map(Object::toString).toList()))
                .append("\n");
        for (int i = 1; i <= 100_001; i++) {
            text.append("A-").append(String.format("%06d", i)).append(",PC,Hardware,Internal use only,1,1,1,top,IT,\n");
        }
        byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isLessThan(10 * 1024 * 1024);

        AssetImportResult result = importBytes("a.csv", file);

        assertRefusedWith(result, "asset.import.tooManyRows");
        assertThat(result.errors().get(0).row()).isEqualTo(100_002);
        assertThat(result.errors().get(0).message(Locale.ENGLISH)).contains("100000 rows");
    }

    @Test
    void rowLimitAppliesToXlsxToo() throws IOException {
        AssetImport five = new AssetImport(files, AssetValuation.DEFAULT, new ImportLimits(1024 * 1024, 5, 100));
        List<List<Object>> content = new ArrayList<>();
        content.add(HEADER_JA);
        for (int i = 1; i <= 6; i++) {
            content.add(laptop(String.format("A-%05d", i)));
        }

        assertRefusedWith(five.importFile("a.xlsx", new ByteArrayInputStream(xlsx(content))),
                "asset.import.tooManyRows");
        assertThat(five.importFile("a.xlsx", new ByteArrayInputStream(xlsx(content.subList(0, 6)))).assets())
                .hasSize(5);
    }

    @Test
    void stopsAfterTooManyErrors() throws IOException {
        AssetImport three = new AssetImport(files, AssetValuation.DEFAULT, new ImportLimits(1024 * 1024, 1000, 3));
        List<List<Object>> content = new ArrayList<>();
        content.add(HEADER_JA);
        for (int i = 1; i <= 10; i++) {
            content.add(row(String.format("A-%05d", i), "x", "情報", "秘", 7, 1, 1, "top", "IT", null));
        }

        AssetImportResult result = three.importFile("a.xlsx", new ByteArrayInputStream(xlsx(content)));

        assertRefusedWith(result, "asset.levelOutOfRange", "asset.levelOutOfRange", "asset.levelOutOfRange",
                "asset.import.tooManyErrors");
    }

    // --- fifty thousand rows ---

    @Test
    void importsFiftyThousandRowsFromXlsx() throws IOException {
        Path file = dir.resolve("50000.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TestFiles.writeXlsx(() -> new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i <= 50_000;
                }

                @Override
                public List<Object> next() {
                    return i++ == 0 ? HEADER_JA
                            : row(String.format("A-%05d", i - 1), "資産 " + i, "情報", "社外秘", i % 3 + 1,
                                    (i / 3) % 3 + 1, 1, "user" + (i % 500), "D" + (i % 40), "拠点 " + (i % 17));
                }
            }, out);
        }
        System.gc();
        long before = usedHeap();

        long start = System.nanoTime();
        AssetImportResult result = assetImport.importFile(file, "50000.xlsx");
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.gc();
        long retained = usedHeap() - before;
        System.out.printf("[asset import] 50,000 rows from a %,d-byte .xlsx in %,d ms (result retains ~%,d MB)%n",
                Files.size(file), millis, retained / 1024 / 1024);
        assertThat(result.errors()).isEmpty();
        assertThat(result.assets()).hasSize(50_000);
        assertThat(result.assets().get(49_999).getAssetNo()).isEqualTo("A-50000");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Zeros for ever, counting what was read: shows the size limit stops reading. */
    private static final class EndlessInput extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            read += len;
            return len;
        }
    }
}
