package jp.isms.certification.domain;

/** The standard a certificate names. JIS Q 27001:2023 is the Japanese identical translation of ISO/IEC 27001:2022. */
public enum StandardEdition {
    JIS_Q_27001_2023("JIS Q 27001:2023"), ISO_IEC_27001_2022("ISO/IEC 27001:2022");

    private final String label;

    StandardEdition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
