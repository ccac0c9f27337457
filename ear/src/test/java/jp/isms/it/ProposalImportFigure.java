package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: how long an import takes when every new asset gets its catalogue proposals, and a
 * re-import of the same file (updates only, proposals follow). Not named *IT, so {@code mvn verify} leaves it out; run
 * it with {@code -Dit.test=ProposalImportFigure} (and {@code -Dfigure.assets=50000} for another size).
 */
class ProposalImportFigure extends AgainstTheApplication {

    private static final String[] TYPES = { "情報", "紙媒体", "ソフトウェア", "ハードウェア", "サービス", "人", "施設" };

    @Test
    void importTenThousandAssets() {
        Fixture fixture = new Fixture();
        Api office = fixture.user("office", "isms-office").patient(java.time.Duration.ofMinutes(10));
        String prefix = Fixture.assetPrefix();
        int n = Integer.getInteger("figure.assets", 10_000);
        StringBuilder csv = new StringBuilder("資産番号,資産名,種別,機密区分,機密性,完全性,可用性,管理責任者,部門コード,保管場所\n");
        for (int i = 1; i <= n; i++) {
            csv.append(String.format("%s-%06d,資産 %d,%s,社外秘,2,2,2,office,IT,本社%n", prefix, i, i, TYPES[i % TYPES.length]));
        }
        long start = System.nanoTime();
        Api.Reply reply = office.postFile("/assets/import?fileName=a.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        Api.Reply proposals = office.get("/risk-proposals?assetNo=" + prefix + "&max=1");
        String total = proposals.raw().headers().firstValue("X-Total-Count").orElseThrow();
        long reimportMs = timed(() -> assertThat(office.postFile("/assets/import?fileName=a.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200));
        long listMs = timed(() -> office.get("/risk-proposals?assetNo=" + prefix + "&status=PENDING&sort=assetNo&first=5000&max=50"));
        System.out.printf("[figure] %s: import of %,d new assets with %s proposals took %,d ms; the same file again"
                + " (updates) %,d ms; a page of the proposals %,d ms%n", Deployments.onPostgres() ? "PostgreSQL" : "H2", n,
                total, ms, reimportMs, listMs);
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
