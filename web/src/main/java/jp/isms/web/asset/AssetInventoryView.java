package jp.isms.web.asset;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.isms.asset.application.AssetImportOutcome;
import jp.isms.asset.application.AssetRegister;
import jp.isms.asset.application.AssetRow;
import jp.isms.asset.application.ImportError;
import jp.isms.asset.application.TabularFormat;
import jp.isms.asset.domain.AssetChange;
import jp.isms.asset.domain.AssetType;
import jp.isms.asset.domain.Classification;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The inventory: a table paged, sorted and filtered by the database, one asset's dialog, files in and out. */
@Named
@ViewScoped
public class AssetInventoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser currentUser;

    @Inject
    AssetRegister register;

    private PagedModel<AssetRow> assets;
    private final List<ErrorLine> importErrors = new ArrayList<>();

    // the dialog
    private boolean creating;
    private String assetNo;
    private String name;
    private AssetType type;
    private Classification classification;
    private Integer confidentiality;
    private Integer integrity;
    private Integer availability;
    private String owner;
    private String department;
    private String location;

    /** One refused row as the table of import errors shows it, already in the user's language. */
    public record ErrorLine(String row, String column, String value, String reason) implements Serializable {
    }

    public void load() {
        Ui.attempt(() -> {
            register.count(currentUser.actor());
            assets = new PagedModel<>(request -> register.page(currentUser.actor(), request), AssetRow::assetNo,
                    "assetNo", true);
        });
    }

    public void startNew() {
        creating = true;
        assetNo = null;
        name = null;
        type = AssetType.INFORMATION;
        classification = Classification.INTERNAL;
        confidentiality = 2;
        integrity = 2;
        availability = 2;
        owner = currentUser.actor().username();
        department = null;
        location = null;
    }

    public void edit(AssetRow row) {
        creating = false;
        assetNo = row.assetNo();
        name = row.name();
        type = row.type();
        classification = row.classification();
        confidentiality = row.confidentiality();
        integrity = row.integrity();
        availability = row.availability();
        owner = row.owner();
        department = row.departmentCode();
        location = row.location();
    }

    public void save() {
        boolean saved = Ui.attempt(() -> {
            AssetChange change = new AssetChange(name, type, classification, level(confidentiality),
                    level(integrity), level(availability), owner, department, location);
            if (creating) {
                register.create(currentUser.actor(), assetNo, change);
            } else {
                register.update(currentUser.actor(), assetNo, change);
            }
        });
        if (saved) {
            Ui.info("inventory.saved", assetNo.strip());
            PrimeFaces.current().executeScript("PF('assetDialog').hide()");
        }
    }

    private static int level(Integer value) {
        return value == null ? 0 : value;
    }

    public void upload(FileUploadEvent event) {
        importErrors.clear();
        Ui.attempt(() -> {
            AssetImportOutcome outcome;
            try (InputStream in = event.getFile().getInputStream()) {
                outcome = register.importFile(currentUser.actor(), event.getFile().getFileName(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (outcome.accepted()) {
                Ui.info("asset.import.done", outcome.created(), outcome.updated());
            } else {
                for (ImportError error : outcome.errors()) {
                    importErrors.add(new ErrorLine(error.row() == 0 ? "" : Integer.toString(error.row()),
                            error.column() == null ? "" : error.column().header(Ui.locale()),
                            error.value() == null ? "" : error.value(), error.reason(Ui.locale())));
                }
                Ui.failedWith("asset.import.refused");
            }
        });
    }

    public StreamedContent getXlsx() {
        return download(TabularFormat.XLSX, XLSX);
    }

    public StreamedContent getCsv() {
        return download(TabularFormat.CSV, "text/csv; charset=UTF-8");
    }

    private StreamedContent download(TabularFormat format, String contentType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        register.export(currentUser.actor(), format, Ui.locale(), out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("assets-" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "."
                + format.extension()).contentType(contentType).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public boolean isEditor() {
        return register.mayEditSome(currentUser.actor());
    }

    public boolean mayEdit(AssetRow row) {
        return register.mayEdit(currentUser.actor(), row.departmentCode());
    }

    public AssetType[] getTypes() {
        return AssetType.values();
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public List<Integer> getLevels() {
        return IntStream.rangeClosed(1, register.valuation().maxLevel()).boxed().toList();
    }

    public PagedModel<AssetRow> getAssets() {
        return assets;
    }

    public List<ErrorLine> getImportErrors() {
        return importErrors;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getAssetNo() {
        return assetNo;
    }

    public void setAssetNo(String assetNo) {
        this.assetNo = assetNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AssetType getType() {
        return type;
    }

    public void setType(AssetType type) {
        this.type = type;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public Integer getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Integer confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Integer getIntegrity() {
        return integrity;
    }

    public void setIntegrity(Integer integrity) {
        this.integrity = integrity;
    }

    public Integer getAvailability() {
        return availability;
    }

    public void setAvailability(Integer availability) {
        this.availability = availability;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
