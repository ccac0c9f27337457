package jp.isms.risk.domain;

/** A proposal waits for its risk owner, who keeps it (it becomes a risk of the register) or discards it. */
public enum ProposalStatus {
    PENDING, KEPT, DISCARDED
}
