package jp.isms.shared.domain;

import java.time.LocalDate;

/**
 * A nonconformity was recorded (CDI event, fired synchronously inside the recording transaction, so the
 * corrective action it starts commits or rolls back with it). The corrective-action context observes it.
 *
 * @param source          where it was found
 * @param sourceId        the id of the finding in its own context (audit finding id, incident id)
 * @param sourceReference what people read, e.g. {@code IA-2026-1 / 3} or {@code CB-2026-STAGE2 / 2}
 * @param grade           major or minor
 * @param departmentId    the department concerned, {@code null} when the ISMS as a whole is concerned
 * @param requirement     the clause or control concerned, e.g. {@code 9.1} or {@code A.5.15}; may be {@code null}
 * @param description     the finding as written by the auditor
 * @param raisedBy        the username of who recorded it
 * @param raisedOn        the day it was found
 * @param deadline        a deadline set outside the company (the certification body's), {@code null} if none
 */
public record NonconformityRaised(NonconformitySource source, long sourceId, String sourceReference,
        NonconformityGrade grade, Long departmentId, String requirement, String description, String raisedBy,
        LocalDate raisedOn, LocalDate deadline) {
}
