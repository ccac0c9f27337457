package jp.isms.authorisation.domain;

/** Where a request for the authorisation of the ISMS stands. */
public enum AuthorisationStatus {
    /** Waiting for top management. */
    REQUESTED,
    /** Top management authorised the ISMS with the attached documents. */
    AUTHORISED,
    /** Top management sent it back with a comment; the office may request again. */
    RETURNED
}
