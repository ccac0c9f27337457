package jp.isms.riskmethod.domain;

import java.util.Arrays;
import java.util.Optional;
import jp.isms.processes.RiskLevelDecision;

/** Who must accept a residual risk of a level; the value is the candidate group the DMN returns. */
public enum Acceptor {
    RISK_OWNER(RiskLevelDecision.GROUP_DEPT_HEAD),
    CISO(RiskLevelDecision.GROUP_CISO),
    TOP_MANAGEMENT(RiskLevelDecision.GROUP_TOP_MANAGEMENT);

    private final String groupId;

    Acceptor(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public static Optional<Acceptor> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(a -> a.groupId.equals(groupId)).findFirst();
    }
}
