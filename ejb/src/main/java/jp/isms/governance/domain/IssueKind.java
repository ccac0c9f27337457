package jp.isms.governance.domain;

/** Clause 4.1 asks for both: issues inside the organisation and issues from outside it. */
public enum IssueKind {
    INTERNAL, EXTERNAL;

    public String messageKey() {
        return "context.issue.kind." + name();
    }
}
