package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The asset inventory through the REST API: editing and its rules, the database's paging, files in and out. */
class AssetInventoryIT extends AgainstTheApplication {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "資産番号,資産名,種別,機密区分,機密性,完全性,可用性,管理責任者,部門コード,保管場所";

    Fixture fixture;
    Api office;
    /** Asset numbers of this test start with it, so filters on it see this test's assets only. */
    String prefix;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        prefix = Fixture.assetPrefix();
    }

    @Test
    void createUpdateAndWhoMayDoIt() {
        Api.Reply created = office.post("/assets", asset(prefix + "-001", "顧客台帳", "INFORMATION", "CONFIDENTIAL", 3, 2, 1, "IT"));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.body().get("assetValue").asInt()).isEqualTo(3);

        // the same number twice: 409, the first one stays
        Api.Reply twice = office.post("/assets", asset(prefix + "-001", "別物", "PAPER", "PUBLIC", 1, 1, 1, "IT"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.error()).isEqualTo("asset.assetNo.taken");

        // a value off the scale: 400 in the caller's language
        Api.Reply offScale = office.post("/assets", asset(prefix + "-002", "サーバ", "HARDWARE", "INTERNAL", 9, 1, 1, "IT"));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(offScale.message()).contains("機密性");

        // an update recomputes the stored value
        Api.Reply updated = office.put("/assets/" + prefix + "-001", asset(null, "顧客台帳", "INFORMATION", "CONFIDENTIAL", 1, 1, 2, "IT"));
        assertThat(updated.status()).as("%s", updated.body()).isEqualTo(200);
        assertThat(office.get("/assets/" + prefix + "-001").body().get("assetValue").asInt()).isEqualTo(2);

        // an employee neither reads nor writes
        Api employee = fixture.user("employee", "employee");
        assertThat(employee.get("/assets").status()).isEqualTo(403);
        assertThat(employee.post("/assets", asset(prefix + "-003", "x", "PAPER", "PUBLIC", 1, 1, 1, "IT")).status()).isEqualTo(403);
        // a department head of another (here: no) department may read but not edit IT's assets
        Api otherHead = fixture.user("head", "dept-head");
        assertThat(otherHead.get("/assets?assetNo=" + prefix).status()).isEqualTo(200);
        Api.Reply foreign = otherHead.put("/assets/" + prefix + "-001", asset(null, "乗っ取り", "INFORMATION", "PUBLIC", 1, 1, 1, "IT"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.error()).isEqualTo("asset.edit.forbidden");
        assertThat(otherHead.post("/assets", asset(prefix + "-004", "x", "PAPER", "PUBLIC", 1, 1, 1, "IT")).status()).isEqualTo(403);
        // an auditor reads only
        Api auditor = fixture.user("auditor", "internal-auditor");
        assertThat(auditor.get("/assets?assetNo=" + prefix).status()).isEqualTo(200);
        assertThat(auditor.post("/assets", asset(prefix + "-005", "x", "PAPER", "PUBLIC", 1, 1, 1, "IT")).status()).isEqualTo(403);
        assertThat(office.get("/assets/" + prefix + "-001").body().get("name").asText()).isEqualTo("顧客台帳");
        assertThat(total("assetNo=" + prefix)).isEqualTo(1);

        if (!Deployments.onPostgres()) {
            // the demo company's head of IT edits IT's assets, and only those
            Api itHead = Api.as("depthead", "demo-password");
            assertThat(itHead.put("/assets/" + prefix + "-001", asset(null, "顧客台帳 (IT)", "INFORMATION", "CONFIDENTIAL", 2, 2, 2, "IT"))
                    .status()).isEqualTo(200);
            assertThat(itHead.put("/assets/" + prefix + "-001", asset(null, "顧客台帳", "INFORMATION", "CONFIDENTIAL", 2, 2, 2, "SALES"))
                    .status()).isEqualTo(403);
            assertThat(itHead.post("/assets", asset(prefix + "-006", "見積書", "PAPER", "INTERNAL", 2, 1, 1, "SALES")).status())
                    .isEqualTo(403);
            assertThat(itHead.post("/assets", asset(prefix + "-007", "ルータ", "HARDWARE", "INTERNAL", 1, 2, 3, "IT")).status())
                    .isEqualTo(201);
        }
    }

    @Test
    void pagesSortsAndFiltersInTheDatabase() {
        String csv = HEADER + "\n"
                + prefix + "-101,ファイルサーバ,ハードウェア,社外秘,2,2,3,office,IT,本社\n"
                + prefix + "-102,会社案内,紙媒体,公開,1,1,1,office,PLAN,受付\n"
                + prefix + "-103,人事データ,情報,極秘,3,3,1,office,HR,人事部\n"
                + prefix + "-104,ノートPC,ハードウェア,社外秘,2,1,2,office,SALES,各部門\n"
                + prefix + "-105,給与システム,ソフトウェア,秘,3,2,2,office,HR,本社\n";
        assertThat(importFile("assets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);

        Api.Reply first = office.get("/assets?assetNo=" + prefix + "&sort=value&asc=false&max=2&first=0");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("X-Total-Count")).hasValue("5");
        assertThat(numbers(first.body())).containsExactly(prefix + "-101", prefix + "-103");
        Api.Reply third = office.get("/assets?assetNo=" + prefix + "&sort=value&asc=false&max=2&first=4");
        assertThat(numbers(third.body())).containsExactly(prefix + "-102");

        Api.Reply byName = office.get("/assets?assetNo=" + prefix + "&sort=name&asc=true&max=50");
        assertThat(byName.body()).hasSize(5);
        assertThat(total("assetNo=" + prefix + "&type=HARDWARE")).isEqualTo(2);
        assertThat(total("assetNo=" + prefix + "&classification=internal")).isEqualTo(2);
        assertThat(total("assetNo=" + prefix + "&department=HR")).isEqualTo(2);
        assertThat(total("assetNo=" + prefix + "&value=3")).isEqualTo(3);
        assertThat(total("assetNo=" + prefix + "&confidentiality=3&integrity=3")).isEqualTo(1);
        assertThat(total("assetNo=" + prefix + "&name=" + URLEncoder.encode("システム", StandardCharsets.UTF_8))).isEqualTo(1);
        // a sort field off the whitelist falls back to the asset number instead of reaching the SQL
        Api.Reply odd = office.get("/assets?assetNo=" + prefix + "&sort=id;drop%20table%20asset&max=50");
        assertThat(odd.status()).isEqualTo(200);
        assertThat(numbers(odd.body())).first().isEqualTo(prefix + "-101");
    }

    @Test
    void importsCsvAndXlsxCreatingAndUpdating() throws IOException {
        String csv = HEADER + "\n"
                + prefix + "-201,顧客DB,情報,秘,3,3,2,office,IT,データセンター\n"
                + prefix + "-202,契約書,紙媒体,秘,3,2,1,office,SALES,キャビネット\n";
        Api.Reply fromCsv = importFile("assets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(fromCsv.status()).as("%s", fromCsv.body()).isEqualTo(200);
        assertThat(fromCsv.body().get("created").asInt()).isEqualTo(2);
        assertThat(fromCsv.body().get("updated").asInt()).isZero();

        // English headers and labels, one existing number (updated) and one new
        byte[] xlsx = workbook(List.of(
                List.of("Asset No.", "Asset name", "Type", "Classification", "Confidentiality", "Integrity", "Availability", "Owner", "Department code", "Location"),
                List.of(prefix + "-202", "Contracts", "Paper", "Strictly confidential", "3", "3", "1", "office", "SALES", "Safe"),
                List.of(prefix + "-203", "Mail service", "Service", "Internal use only", "2", "2", "3", "office", "IT", "")));
        Api.Reply fromXlsx = importFile("assets.xlsx", XLSX, xlsx);
        assertThat(fromXlsx.status()).as("%s", fromXlsx.body()).isEqualTo(200);
        assertThat(fromXlsx.body().get("created").asInt()).isEqualTo(1);
        assertThat(fromXlsx.body().get("updated").asInt()).isEqualTo(1);
        assertThat(fromXlsx.body().get("message").asText()).contains("新規 1 件", "更新 1 件");

        JsonNode contracts = office.get("/assets/" + prefix + "-202").body();
        assertThat(contracts.get("name").asText()).isEqualTo("Contracts");
        assertThat(contracts.get("classification").asText()).isEqualTo("STRICTLY_CONFIDENTIAL");
        assertThat(total("assetNo=" + prefix)).isEqualTo(3);

        // only the ISMS office imports
        Api auditor = fixture.user("auditor", "internal-auditor");
        assertThat(auditor.postFile("/assets/import?fileName=a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
    }

    @Test
    void aBadFileChangesNothingAndSaysWhichRows() throws IOException {
        office.post("/assets", asset(prefix + "-301", "既存資産", "INFORMATION", "INTERNAL", 1, 1, 1, "IT"));
        long before = total("");
        String csv = HEADER + "\n"
                + prefix + "-301,上書きされない,情報,秘,3,3,3,office,IT,本社\n"
                + prefix + "-302,正しい行,情報,秘,3,3,2,office,IT,本社\n"
                + prefix + "-303,壊れた行,宇宙船,秘,7,3,2,office,IT,本社\n"
                + prefix + "-302,重複,情報,秘,1,1,1,office,IT,本社\n";
        Api.Reply refused = importFile("assets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("asset.import.refused");
        JsonNode errors = refused.body().get("errors");
        List<Integer> rows = new ArrayList<>();
        errors.forEach(e -> rows.add(e.get("row").asInt()));
        assertThat(rows).containsExactly(4, 4, 5);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("種別");
        assertThat(errors.get(0).get("value").asText()).isEqualTo("宇宙船");
        assertThat(errors.get(1).get("message").asText()).contains("機密性");
        assertThat(errors.get(2).get("error").asText()).isEqualTo("asset.import.duplicateNumber");

        assertThat(total("")).isEqualTo(before);
        assertThat(office.get("/assets/" + prefix + "-302").status()).isEqualTo(404);
        assertThat(office.get("/assets/" + prefix + "-301").body().get("name").asText()).isEqualTo("既存資産");

        // not a workbook at all, though named one
        Api.Reply notExcel = importFile("assets.xlsx", XLSX, "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(notExcel.status()).isEqualTo(400);
        assertThat(notExcel.body().get("errors").get(0).get("error").asText()).isEqualTo("asset.import.notExcel");
        assertThat(total("")).isEqualTo(before);
    }

    @Test
    void exportsNeutralisedFormulasAndImportsTheExportUnchanged() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        assertThat(office.post("/assets", asset(prefix + "-401", formula, "INFORMATION", "INTERNAL", 1, 2, 3, "IT")).status())
                .isEqualTo(201);
        assertThat(office.post("/assets", asset(prefix + "-402", "@SUM(1+1)", "SOFTWARE", "PUBLIC", 1, 1, 1, "IT")).status())
                .isEqualTo(201);
        long total = total("");

        HttpResponse<byte[]> csv = office.download("/assets/export?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains(".csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"" + prefix + "-401\",\"'=HYPERLINK(").contains("\"'@SUM(1+1)\"").contains("資産番号");

        Api.Reply again = importFile("export.csv", "text/csv", csv.body());
        assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
        assertThat(again.body().get("created").asInt()).isZero();
        assertThat(again.body().get("updated").asLong()).isEqualTo(total);
        assertThat(office.get("/assets/" + prefix + "-401").body().get("name").asText()).isEqualTo(formula);

        HttpResponse<byte[]> xlsx = office.download("/assets/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) total);
            boolean found = false;
            for (Row row : sheet) {
                if ((prefix + "-401").equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + formula);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        Api.Reply fromXlsx = importFile("export.xlsx", XLSX, xlsx.body());
        assertThat(fromXlsx.status()).as("%s", fromXlsx.body()).isEqualTo(200);
        assertThat(fromXlsx.body().get("updated").asLong()).isEqualTo(total);
        assertThat(office.get("/assets/" + prefix + "-402").body().get("name").asText()).isEqualTo("@SUM(1+1)");
        assertThat(total("")).isEqualTo(total);

        assertThat(office.download("/assets/export?format=pdf").statusCode()).isEqualTo(400);
        assertThat(fixture.user("employee", "employee").download("/assets/export?format=csv").statusCode()).isEqualTo(403);
    }

    @Test
    void theExportHoldsEveryAssetNotOnlyTheFirstPage() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 450; i++) {
            csv.append(String.format("%s-%05d,資産 %d,INFORMATION,INTERNAL,1,2,3,owner,IT,本社%n", prefix, i, i));
        }
        Api.Reply imported = importFile("many.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        long total = Long.parseLong(office.get("/assets?max=1").raw().headers().firstValue("X-Total-Count").orElseThrow());

        String exported = new String(office.download("/assets/export?format=csv").body(), StandardCharsets.UTF_8);
        long lines = exported.lines().filter(l -> !l.isBlank()).count();
        assertThat(lines).as("a header line and one line per asset").isEqualTo(total + 1);
        assertThat(exported).contains(prefix + "-00001").contains(prefix + "-00450");
    }

    private Api.Reply importFile(String name, String contentType, byte[] content) {
        return office.postFile("/assets/import?fileName=" + name, contentType, content);
    }

    private long total(String query) {
        Api.Reply reply = office.get("/assets?max=1" + (query.isEmpty() ? "" : "&" + query));
        assertThat(reply.status()).isEqualTo(200);
        return Long.parseLong(reply.raw().headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static List<String> numbers(JsonNode rows) {
        List<String> numbers = new ArrayList<>();
        rows.forEach(r -> numbers.add(r.get("assetNo").asText()));
        return numbers;
    }

    private static Map<String, Object> asset(String assetNo, String name, String type, String classification, int c, int i,
            int a, String department) {
        Map<String, Object> body = new HashMap<>();
        if (assetNo != null) {
            body.put("assetNo", assetNo);
        }
        body.put("name", name);
        body.put("type", type);
        body.put("classification", classification);
        body.put("confidentiality", c);
        body.put("integrity", i);
        body.put("availability", a);
        body.put("owner", "office");
        body.put("department", department);
        body.put("location", "本社");
        return body;
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("assets");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
