package jp.isms.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.isms.certification.application.CertificateInput;
import jp.isms.certification.application.CertificateView;
import jp.isms.certification.application.Certificates;
import jp.isms.certification.domain.StandardEdition;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * The certificate in force: number, body, standard, scope version, validity, where the mark may be used, the
 * file; recording the one the body issued after a recommendation.
 */
@Named
@ViewScoped
public class CertificatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Certificates certificates;

    private CertificateView current;
    private List<CertificateView> all = List.of();
    private String awaiting;
    private String number;
    private StandardEdition edition = StandardEdition.JIS_Q_27001_2023;
    private LocalDate issueDate;

    public void load() {
        Ui.attempt(() -> {
            current = certificates.current(currentUser.actor()).orElse(null);
            all = certificates.all(currentUser.actor());
            awaiting = certificates.awaitingReference(currentUser.actor()).orElse(null);
        });
    }

    public void record() {
        if (Ui.attempt(() -> {
            CertificateView view = certificates.record(currentUser.actor(), new CertificateInput(number, edition, issueDate));
            Ui.info("certification.certificate.recorded", view.number());
        })) {
            number = null;
            issueDate = null;
            load();
        }
    }

    public void upload(FileUploadEvent event) {
        if (current == null) {
            return;
        }
        Ui.attempt(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                certificates.upload(currentUser.actor(), current.id(), event.getFile().getFileName(), in.readAllBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Ui.info("certification.certificate.uploaded", current.number());
        });
        load();
    }

    public StreamedContent getFile() {
        Certificates.Download file = certificates.download(currentUser.actor(), current.id());
        return Download.of(file.content(), Download.PDF, file.fileName());
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public StandardEdition[] getEditions() {
        return StandardEdition.values();
    }

    public CertificateView getCurrent() {
        return current;
    }

    public List<CertificateView> getAll() {
        return all;
    }

    public String getAwaiting() {
        return awaiting;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public StandardEdition getEdition() {
        return edition;
    }

    public void setEdition(StandardEdition edition) {
        this.edition = edition;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }
}
