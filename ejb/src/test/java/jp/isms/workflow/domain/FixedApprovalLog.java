package jp.isms.workflow.domain;

import java.util.List;

/** A decision log for document tests: the same decisions for every subject and instance; appends are ignored. */
public final class FixedApprovalLog implements ApprovalLog {

    private final List<ApprovalRecord> records;

    public FixedApprovalLog(List<ApprovalRecord> records) {
        this.records = List.copyOf(records);
    }

    @Override
    public void append(ApprovalRecord record) {
    }

    @Override
    public List<ApprovalRecord> forSubject(String subjectType, String subjectKey) {
        return records;
    }

    @Override
    public List<ApprovalRecord> forProcessInstance(String processInstanceId) {
        return records;
    }
}
