package jp.isms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.isms.asset.domain.Asset;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.report.application.ReportHeaders;
import jp.isms.report.application.ReportLabels;
import jp.isms.shared.application.Messages;
import jp.isms.shared.domain.ContentHash;

/**
 * The asset inventory (clause 5.9 / A.5.9) for the auditors' evidence pack. The inventory is not versioned
 * and nobody approves it as a whole: it is kept current asset by asset. So the pack holds the inventory
 * <em>as it stands when the pack is made</em>, marked with that time, as version 0 (no version), and its
 * SHA-256 is that of its canonical content: one line per asset, by asset number, with every column of the
 * export (number, name, type, classification, C, I, A, asset value, owner, department, location), in a
 * form that does not depend on the reader's language. Two packs with the same hash hold the same inventory.
 */
@ApplicationScoped
@Transactional
public class AssetInventoryEvidence implements EvidenceSource {

    public static final String KIND = "ASSET_INVENTORY";
    static final String DOCUMENT_NO = "ISMS-ASSETS";
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AssetRegister register;

    @Inject
    CompanyRepository companies;

    @Inject
    PdfRenderer renderer;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<EvidenceFile> files(Locale locale) {
        List<Asset> assets = new ArrayList<>();
        for (Iterator<Asset> all = register.allAssets(); all.hasNext();) {
            assets.add(all.next());
        }
        if (assets.isEmpty()) {
            return List.of();
        }
        String sha256 = sha256(assets);
        String asOf = Instant.now().atZone(ReportHeaders.ZONE).format(AS_OF);
        byte[] pdf = renderer.render(report(assets, sha256, asOf, companies.current().orElse(null), locale));
        return List.of(new EvidenceFile(new DocumentRef(KIND, DOCUMENT_NO, 0, sha256),
                Messages.get(locale, "nav.assetInventory"),
                Messages.get(locale, "evidence.assets.notApproved", asOf, assets.size()), "asset-inventory", pdf));
    }

    /** The canonical content: language-neutral codes, one tab-separated line per asset, sorted by number. */
    static String sha256(List<Asset> assets) {
        return ContentHash.sha256(assets.stream().sorted(java.util.Comparator.comparing(Asset::getAssetNo))
                .map(a -> String.join("\t", a.getAssetNo(), a.getName(), a.getType().name(), a.getClassification().name(),
                        String.valueOf(a.getConfidentiality()), String.valueOf(a.getIntegrity()),
                        String.valueOf(a.getAvailability()), String.valueOf(a.getAssetValue()), a.getOwner(),
                        a.getDepartmentCode(), a.getLocation() == null ? "" : a.getLocation()))
                .collect(Collectors.joining("\n")));
    }

    static Report report(List<Asset> assets, String sha256, String asOf, Company company, Locale locale) {
        String companyName = ReportHeaders.companyName(company, locale);
        Report report = new Report(new Report.Header(companyName, Messages.get(locale, "nav.assetInventory"), DOCUMENT_NO, 0,
                null, List.of()), ReportLabels.generated(locale, Messages.get(locale, "evidence.asOf", asOf)),
                Report.Orientation.LANDSCAPE);
        report.facts(List.of(new String[] { Messages.get(locale, "evidence.asOfLabel"), asOf },
                new String[] { Messages.get(locale, "evidence.assets.count"), String.valueOf(assets.size()) },
                new String[] { "SHA-256", sha256 }));
        report.paragraph(Messages.get(locale, "evidence.assets.current"));
        Locale language = Messages.supported(locale);
        List<String> columns = java.util.Arrays.stream(AssetColumn.values()).map(c -> c.header(language)).toList();
        report.table(columns, List.of(0.9f, 2f, 1f, 1f, 0.8f, 0.7f, 0.8f, 0.6f, 0.9f, 0.9f, 1.4f),
                assets.stream().map(a -> AssetExport.row(a, language).stream().map(String::valueOf).toList()).toList());
        return report;
    }
}
