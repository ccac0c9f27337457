package jp.isms.soa.domain;

/** How far an applicable control is in place. */
public enum ImplementationStatus {
    IMPLEMENTED, PARTIALLY_IMPLEMENTED, PLANNED, NOT_IMPLEMENTED
}
