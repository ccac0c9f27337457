package jp.isms.web.inbox;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import jp.isms.workflow.application.InboxCounts;
import jp.isms.workflow.application.InboxFilter;
import jp.isms.workflow.application.InboxService;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.application.TaskRow;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The inbox page: tasks in pages, counts per state, claim, unclaim and open. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    InboxService inbox;

    @Inject
    TaskActions tasks;

    private InboxFilter filter = InboxFilter.ALL;
    private PagedModel<TaskRow> model;
    private InboxCounts counts;

    public PagedModel<TaskRow> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> inbox.page(currentUser.actor(), filter, request), TaskRow::id,
                    "created", false);
        }
        return model;
    }

    public InboxCounts getCounts() {
        if (counts == null) {
            counts = inbox.counts(currentUser.actor());
        }
        return counts;
    }

    public void show(String which) {
        filter = InboxFilter.valueOf(which);
        counts = null;
    }

    public void claim(String taskId) {
        if (Ui.attempt(() -> tasks.claim(currentUser.actor(), taskId))) {
            Ui.info("inbox.claimed");
        }
        counts = null;
    }

    public void unclaim(String taskId) {
        if (Ui.attempt(() -> tasks.unclaim(currentUser.actor(), taskId))) {
            Ui.info("inbox.unclaimed.done");
        }
        counts = null;
    }

    public void open(TaskRow row) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + row.formKey() + "?taskId=" + row.id());
    }

    public boolean isMine(TaskRow row) {
        return currentUser.actor().username().equals(row.assignee());
    }

    public InboxFilter getFilter() {
        return filter;
    }

    public String getFilterName() {
        return filter.name();
    }
}
