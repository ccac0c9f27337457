package jp.isms.risk.domain;

/** ISO/IEC 27005 risk treatment options. */
public enum Treatment {
    REDUCE, AVOID, TRANSFER, ACCEPT
}
