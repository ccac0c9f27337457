package jp.isms.project.application;

import jp.isms.project.domain.ScheduleTemplate;

/** The schedule template every project uses, read once from the reference data. */
final class StandardSchedule {

    static final ScheduleTemplate TEMPLATE = ScheduleTemplate.standard();

    private StandardSchedule() {
    }
}
