package jp.isms.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import jp.isms.certification.application.BodyRow;
import jp.isms.certification.application.CertificationBodies;
import jp.isms.certification.application.SelectionView;
import jp.isms.certification.domain.CertificationBody;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The bodies' quotes side by side, a quote entered or changed, and the choice submitted for approval. */
@Named
@ViewScoped
public class BodiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationBodies bodies;

    private List<BodyRow> rows = List.of();
    private List<SelectionView> selections = List.of();

    /** The quote being entered: a new body when {@code bodyId} is null. */
    private Long bodyId;
    private String name;
    private String accreditation;
    private BigDecimal manDays;
    private Long dayRateYen;
    private boolean supports27017;
    private String availableDates;
    private String features;
    private String notes;

    private Long chosenBodyId;
    private String reason;

    public void load() {
        Ui.attempt(() -> {
            rows = bodies.comparison(currentUser.actor());
            selections = bodies.selections(currentUser.actor());
        });
    }

    /** Fills the quote form with a body's quote to change it. */
    public void edit(BodyRow row) {
        bodyId = row.id();
        name = row.name();
        accreditation = row.accreditation();
        manDays = row.manDays();
        dayRateYen = row.dayRateYen();
        supports27017 = row.supports27017();
        availableDates = row.availableDates();
        features = row.features();
        notes = row.notes();
    }

    public void saveQuote() {
        CertificationBody.Quote quote = new CertificationBody.Quote(manDays, dayRateYen, supports27017, availableDates,
                features, notes);
        if (Ui.attempt(() -> {
            if (bodyId == null) {
                bodies.register(currentUser.actor(), name, accreditation, quote);
            } else {
                bodies.quote(currentUser.actor(), bodyId, quote, null);
            }
            Ui.info("certification.quote.saved", name);
        })) {
            clearQuote();
            load();
        }
    }

    public void clearQuote() {
        bodyId = null;
        name = accreditation = availableDates = features = notes = null;
        manDays = null;
        dayRateYen = null;
        supports27017 = false;
    }

    public void submitSelection() {
        if (chosenBodyId == null) {
            Ui.failedWith("certification.selection.chooseBody");
            return;
        }
        if (Ui.attempt(() -> {
            SelectionView view = bodies.submit(currentUser.actor(), chosenBodyId, reason);
            Ui.info("certification.selection.submitted", view.bodyName());
        })) {
            reason = null;
            load();
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public List<BodyRow> getRows() {
        return rows;
    }

    public List<SelectionView> getSelections() {
        return selections;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAccreditation() {
        return accreditation;
    }

    public void setAccreditation(String accreditation) {
        this.accreditation = accreditation;
    }

    public BigDecimal getManDays() {
        return manDays;
    }

    public void setManDays(BigDecimal manDays) {
        this.manDays = manDays;
    }

    public Long getDayRateYen() {
        return dayRateYen;
    }

    public void setDayRateYen(Long dayRateYen) {
        this.dayRateYen = dayRateYen;
    }

    public boolean isSupports27017() {
        return supports27017;
    }

    public void setSupports27017(boolean supports27017) {
        this.supports27017 = supports27017;
    }

    public String getAvailableDates() {
        return availableDates;
    }

    public void setAvailableDates(String availableDates) {
        this.availableDates = availableDates;
    }

    public String getFeatures() {
        return features;
    }

    public void setFeatures(String features) {
        this.features = features;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getChosenBodyId() {
        return chosenBodyId;
    }

    public void setChosenBodyId(Long chosenBodyId) {
        this.chosenBodyId = chosenBodyId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
