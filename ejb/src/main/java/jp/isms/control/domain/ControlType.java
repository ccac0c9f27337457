package jp.isms.control.domain;

import java.util.Arrays;
import java.util.Optional;

/** The ISO/IEC 27002:2022 attribute "control type": when the control acts relative to an incident. */
public enum ControlType {
    PREVENTIVE("preventive"),
    DETECTIVE("detective"),
    CORRECTIVE("corrective");

    private final String code;

    ControlType(String code) {
        this.code = code;
    }

    /** The value used in the data files, e.g. {@code preventive}. */
    public String code() {
        return code;
    }

    public static Optional<ControlType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
