package jp.isms.workflow.application;

import java.util.Date;

/**
 * A task as the inbox and the REST API show it; {@code onBehalfOf} names the manager whose task reaches the
 * viewer as their deputy (null for the viewer's own tasks).
 */
public record TaskRow(String id, String name, String taskKey, String processKey, String processName,
        String businessKey, Date created, Date due, int priority, String assignee, String formKey, String onBehalfOf)
        implements java.io.Serializable {
}
