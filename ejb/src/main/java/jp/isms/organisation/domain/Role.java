package jp.isms.organisation.domain;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DESIGN.md. {@link #groupId()} is what BPMN candidate groups name. */
public enum Role {
    TOP_MANAGEMENT("top-management"),
    CISO("ciso"),
    ISMS_OFFICE("isms-office"),
    DEPT_HEAD("dept-head"),
    INTERNAL_AUDITOR("internal-auditor"),
    EMPLOYEE("employee"),
    ADMIN("admin");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    /**
     * The candidate group of one department's heads ({@code dept-head:IT}): a task for the risk owner of that
     * department only, not for every department head.
     */
    public static String departmentHeadGroup(String departmentCode) {
        return DEPT_HEAD.groupId + ":" + departmentCode;
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
