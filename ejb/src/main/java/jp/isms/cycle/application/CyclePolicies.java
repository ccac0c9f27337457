package jp.isms.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import jp.isms.certification.domain.CyclePolicy;

/**
 * The company's audit timing. Preparation starts {@value #PROPERTY} weeks before each audit (system property of
 * the server, 8 when unset); the other values are {@link CyclePolicy#DEFAULT}'s. A new value applies to cycles
 * started afterwards: a running cycle keeps the timers it was started with.
 */
@ApplicationScoped
public class CyclePolicies {

    public static final String PROPERTY = "isms.cycle.preparationWeeks";
    private static final Logger LOG = Logger.getLogger(CyclePolicies.class.getName());

    public CyclePolicy current() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return CyclePolicy.DEFAULT;
        }
        try {
            return CyclePolicy.DEFAULT.withPreparationWeeks(Integer.parseInt(value.trim()));
        } catch (RuntimeException e) {
            LOG.warning(() -> PROPERTY + "=" + value + " is not a number of weeks (0 or more); using the default");
            return CyclePolicy.DEFAULT;
        }
    }
}
