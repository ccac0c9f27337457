package jp.isms.workflow.domain;

import java.util.List;

/** The append-only log of decisions. */
public interface ApprovalLog {

    void append(ApprovalRecord record);

    /** Every decision on that subject (all versions), oldest first. */
    List<ApprovalRecord> forSubject(String subjectType, String subjectKey);

    /** Every decision of one process instance, oldest first. */
    List<ApprovalRecord> forProcessInstance(String processInstanceId);
}
