package jp.isms.workflow.application;

import java.util.Date;

/** A task as the inbox and the REST API show it. */
public record TaskRow(String id, String name, String taskKey, String processKey, String processName,
        String businessKey, Date created, Date due, int priority, String assignee, String formKey)
        implements java.io.Serializable {
}
