package jp.isms.notification.application;

import java.util.Date;
import java.util.Set;

/** What a mail says about a task, read from the engine when the mail is decided on. */
public record TaskFacts(String taskId, String taskKey, String taskName, String processKey, String businessKey, Date due,
        String formKey, Set<String> candidateGroups, String assignee) {
}
