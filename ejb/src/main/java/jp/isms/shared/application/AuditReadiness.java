package jp.isms.shared.application;

import java.util.List;
import java.util.Locale;

/** Whether the company is ready for its next certification audit (CDI bean of the certification context). */
public interface AuditReadiness {

    List<ReadinessItem> items(Locale locale);
}
