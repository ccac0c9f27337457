package jp.isms.project.domain;

/**
 * A person's role in the certification project (推進体制), as in the proposal's organisation chart. Not a system
 * role: it grants nothing, it says who does what. Names: {@code project.role.<NAME>}.
 */
public enum ProjectRole {
    /** 推進責任者: the executive who answers for the project, usually from top management. */
    SPONSOR,
    /** プロジェクトリーダー. */
    PROJECT_LEADER,
    /** 事務局: runs the project day to day. */
    SECRETARIAT,
    /** 部門推進担当: carries the work into one department. */
    DEPARTMENT_PROMOTER,
    /** 内部監査員. */
    INTERNAL_AUDITOR;

    public String messageKey() {
        return "project.role." + name();
    }
}
