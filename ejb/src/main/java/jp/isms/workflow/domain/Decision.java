package jp.isms.workflow.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person decided at a step. The lower-case name is the value the BPMN gateways test. */
public enum Decision {
    SUBMIT, APPROVE, RETURN, REJECT, RESUBMIT,
    /** The ISMS office re-based a draft assessment onto another risk method version (not a process decision). */
    REBASE;

    /** Sending work back must say why, so the person who gets it back knows what to change. */
    public boolean requiresComment() {
        return this == RETURN || this == REJECT;
    }

    public String processValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Decision> parse(String value) {
        return Arrays.stream(values()).filter(d -> d.processValue().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst();
    }
}
