package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The auditors' evidence pack through the REST API: what the ZIP holds (on H2 the demo company's approved
 * scope, policy and SoA and its inventory; on PostgreSQL what the test approves itself), SHA256SUMS that
 * match the files, an index that is PDF/A and names every file with its hashes, the log of packs taken,
 * and no pack for an employee or the administrator.
 */
class EvidencePackIT extends AgainstTheApplication {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    Fixture fixture;
    Api office;
    Api auditor;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        auditor = fixture.user("auditor", "internal-auditor");
    }

    @Test
    void anAuditorTakesOnePackWithEveryApprovedDocumentTheIndexAndSumsThatMatch() throws Exception {
        if (Deployments.onPostgres()) {
            approvedPolicy();
        }
        String prefix = Fixture.assetPrefix();
        assertThat(office.post("/assets", Map.of("assetNo", prefix + "-001", "name", "監査証跡テスト資産 " + fixture.suffix,
                "type", "INFORMATION", "classification", "CONFIDENTIAL", "confidentiality", 3, "integrity", 2,
                "availability", 2, "owner", "office", "department", "IT", "location", "本社")).status()).isEqualTo(201);

        Api.Reply contents = auditor.get("/evidence-pack/contents?lang=ja");
        assertThat(contents.status()).as("%s", contents.body()).isEqualTo(200);
        List<String> kinds = kinds(contents.body());
        assertThat(kinds).contains("POLICY", "ASSET_INVENTORY");
        if (!Deployments.onPostgres()) {
            // the demo company: approved scope v1, policy and SoA v1, and its inventory; its assessment is a draft
            assertThat(kinds).containsSubsequence("SCOPE", "POLICY", "ASSET_INVENTORY", "SOA");
            assertThat(fileNames(contents.body()).subList(0, 3)).satisfiesExactly(n -> assertThat(n).startsWith("01_scope_v"),
                    n -> assertThat(n).startsWith("02_policy_v"), n -> assertThat(n).isEqualTo("03_asset-inventory.pdf"));
        }

        long started = System.nanoTime();
        HttpResponse<byte[]> download = auditor.download("/evidence-pack?lang=ja");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("isms-evidence-pack-" + LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "-ja.zip"));
        byte[] zip = download.body();
        System.out.printf("evidence pack (%s): %d documents, %d bytes, %d ms%n", System.getProperty("it.db"), kinds.size(),
                zip.length, millis);

        // every file the contents named, the index first and the sums last; the sums match every file
        Map<String, byte[]> files = unzip(zip);
        List<String> expected = new java.util.ArrayList<>(List.of("00_index.pdf"));
        expected.addAll(fileNames(contents.body()));
        expected.add("SHA256SUMS");
        assertThat(files.keySet()).containsExactlyElementsOf(expected);
        String[] sums = new String(files.get("SHA256SUMS"), StandardCharsets.US_ASCII).split("\n");
        assertThat(sums).hasSize(files.size() - 1);
        Map<String, String> sumByFile = new LinkedHashMap<>();
        for (String line : sums) {
            String[] parts = line.split("  ", 2);
            assertThat(sha256(files.get(parts[1]))).as("sum of %s", parts[1]).isEqualTo(parts[0]);
            sumByFile.put(parts[1], parts[0]);
        }
        assertThat(sumByFile.keySet()).containsExactlyElementsOf(expected.subList(0, expected.size() - 1));

        // the index is PDF/A and names every document with both hashes; each document is PDF/A too
        byte[] index = files.get("00_index.pdf");
        assertThat(pdfaFailures(index)).isEmpty();
        String indexText = text(index).replaceAll("\\s", "");
        assertThat(indexText).contains("監査証跡パック索引", "教育訓練の記録");
        for (JsonNode entry : contents.body()) {
            String name = entry.get("fileName").asText();
            assertThat(indexText).as("index names %s", name).contains(name, entry.get("contentSha256").asText(),
                    sumByFile.get(name));
            assertThat(pdfaFailures(files.get(name))).as("%s is PDF/A", name).isEmpty();
        }
        String policySha = office.get("/policies/" + approvedId("/policies")).body().get("approvedSha256").asText();
        assertThat(indexText).contains(policySha);
        assertThat(text(files.get(fileNames(contents.body()).get(kinds.indexOf("ASSET_INVENTORY"))))).contains(prefix + "-001");

        // the pack handed out is logged with the exact ZIP's hash
        JsonNode log = auditor.get("/evidence-pack/log").body();
        assertThat(log.get(0).get("by").asText()).isEqualTo(Fixture.username(auditor));
        assertThat(log.get(0).get("sha256").asText()).isEqualTo(sha256(zip));
        assertThat(log.get(0).get("bytes").asLong()).isEqualTo(zip.length);
    }

    @Test
    void theIndexReadsInEnglishOnRequest() throws Exception {
        HttpResponse<byte[]> download = office.download("/evidence-pack?lang=en");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(text(unzip(download.body()).get("00_index.pdf"))).contains("Evidence pack index", "Training records");
        assertThat(office.get("/evidence-pack/contents?lang=fr").status()).isEqualTo(400);
    }

    @Test
    void anEmployeeAndTheAdministratorGetNoPack() {
        Api employee = fixture.user("employee", "employee");
        assertThat(employee.download("/evidence-pack?lang=ja").statusCode()).isEqualTo(403);
        assertThat(employee.get("/evidence-pack/contents").status()).isEqualTo(403);
        assertThat(employee.get("/evidence-pack/log").status()).isEqualTo(403);
        assertThat(Fixture.admin().download("/evidence-pack").statusCode()).isEqualTo(403);
        assertThat(Api.anonymous().download("/evidence-pack").statusCode()).isEqualTo(401);
    }

    /** On the empty PostgreSQL database: a policy version the office submits and top management approves. */
    private void approvedPolicy() {
        if (approvedId("/policies") != null) {
            return;
        }
        Api top = fixture.user("top", "top-management");
        JsonNode versions = office.get("/policies").body();
        long id;
        if (versions.size() > 0 && List.of("DRAFT", "RETURNED").contains(versions.get(versions.size() - 1).get("status").asText())) {
            id = versions.get(versions.size() - 1).get("id").asLong();
        } else {
            Api.Reply created = office.post("/policies", Map.of("title", "情報セキュリティ基本方針", "body", "初版"));
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
            id = created.body().get("id").asLong();
        }
        Api.Reply saved = office.put("/policies/" + id, Map.of("title", "情報セキュリティ基本方針", "body",
                "当社は情報資産を守る。" + fixture.suffix, "effectiveDate", LocalDate.now().toString()));
        assertThat(saved.status()).as("%s", saved.body()).isEqualTo(200);
        id = saved.body().get("id").asLong();
        String key = "POLICY-v" + saved.body().get("versionNo").asInt();
        assertThat(office.post("/policies/" + id + "/submit", Map.of()).status()).isEqualTo(201);
        Fixture.complete(top, Fixture.taskId(top, key), "approve", "承認します");
    }

    private String approvedId(String path) {
        for (JsonNode v : office.get(path).body()) {
            if (v.get("status").asText().equals("APPROVED")) {
                return v.get("id").asText();
            }
        }
        return null;
    }

    private static List<String> kinds(JsonNode contents) {
        return java.util.stream.StreamSupport.stream(contents.spliterator(), false).map(e -> e.get("kind").asText()).toList();
    }

    private static List<String> fileNames(JsonNode contents) {
        return java.util.stream.StreamSupport.stream(contents.spliterator(), false).map(e -> e.get("fileName").asText())
                .toList();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> pdfaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList();
        }
    }
}
