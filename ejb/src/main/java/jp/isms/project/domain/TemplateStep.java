package jp.isms.project.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.isms.shared.application.Messages;

/**
 * One step of the schedule template: what is done (Japanese and English), what it produces, how long it takes by
 * default, how far it may be compressed, and which steps must be finished before it starts. A step of zero weeks
 * is a milestone.
 *
 * @param code          {@code I-01}, {@code P-04}, {@code R-02}: a letter of its phase and a number
 * @param deliverablesJa the deliverables (成果物) in Japanese, possibly none
 * @param deliverablesEn the same deliverables in English, in the same order
 * @param weeks         default duration
 * @param minWeeks      the floor when a short window compresses the schedule
 * @param follows       the codes of the steps that must end before this one starts
 * @param source        where in the proposal the step and its deliverables come from (free text)
 */
public record TemplateStep(String code, SchedulePhase phase, String nameJa, String nameEn, List<String> deliverablesJa,
        List<String> deliverablesEn, int weeks, int minWeeks, List<String> follows, String source) {

    public static final Pattern CODE = Pattern.compile("[A-Z]-\\d{2}");

    public TemplateStep {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("step code must look like P-04, not '" + code + "'");
        }
        if (phase == null) {
            throw new IllegalArgumentException(code + ": phase is required");
        }
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException(code + ": name_ja and name_en are required");
        }
        deliverablesJa = List.copyOf(deliverablesJa);
        deliverablesEn = List.copyOf(deliverablesEn);
        if (deliverablesJa.size() != deliverablesEn.size()) {
            throw new IllegalArgumentException(code + ": " + deliverablesJa.size() + " Japanese but "
                    + deliverablesEn.size() + " English deliverables");
        }
        if (minWeeks < 0 || weeks < minWeeks) {
            throw new IllegalArgumentException(code + ": need 0 <= min_weeks <= weeks, got " + minWeeks + " and "
                    + weeks);
        }
        follows = List.copyOf(follows);
        if (follows.contains(code)) {
            throw new IllegalArgumentException(code + " cannot follow itself");
        }
        if (follows.stream().distinct().count() != follows.size()) {
            throw new IllegalArgumentException(code + " names a step it follows twice");
        }
        source = source == null ? "" : source;
    }

    public boolean isMilestone() {
        return weeks == 0;
    }

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameJa;
    }

    public List<String> deliverables(Locale locale) {
        return english(locale) ? deliverablesEn : deliverablesJa;
    }

    private static boolean english(Locale locale) {
        return Messages.supported(locale).equals(Locale.ENGLISH);
    }
}
