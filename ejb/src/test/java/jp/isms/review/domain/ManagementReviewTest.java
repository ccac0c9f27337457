package jp.isms.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.isms.organisation.domain.Company;
import jp.isms.review.application.ReviewInput;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class ManagementReviewTest {

    static ManagementReview recorded() {
        ManagementReview review = new ManagementReview(new Company("株式会社サンプル", "Sample Co., Ltd."), "MR-2026-01",
                new ManagementReview.Schedule(LocalDate.of(2026, 3, 10), "本社 会議室A", LocalDate.of(2025, 4, 1),
                        LocalDate.of(2026, 2, 28)));
        Map<ReviewInput, String> drafts = new EnumMap<>(ReviewInput.class);
        drafts.put(ReviewInput.OBJECTIVES, "・目的 3 件のうち 2 件達成");
        review.compileDraft(drafts);
        review.editInput(ReviewInput.OBJECTIVES, "・目的 3 件のうち 2 件達成", "未達の1件は来期に継続");
        review.recordMeeting(LocalDate.of(2026, 3, 10), List.of(new Attendee("山田 太郎", "代表取締役"),
                new Attendee("佐藤 花子", "CISO")), "ISMSは有効と判断", List.of(
                        new ManagementReview.ActionLine("教育計画の見直し", "hrhead", LocalDate.of(2026, 6, 30))));
        return review;
    }

    private static IsmsException.Kind kindOf(Runnable action) {
        try {
            action.run();
        } catch (IsmsException e) {
            return e.kind();
        }
        throw new AssertionError("no IsmsException");
    }

    @Test
    void everyOneOfTheTenInputsIsThereInTheStandardsOrder_andAnInputWithoutDataHasNoDraft() {
        ManagementReview review = recorded();
        assertThat(review.getInputs()).extracting(ReviewInputText::getInput).containsExactly(ReviewInput.values());
        assertThat(review.getInputs().get(ReviewInput.OBJECTIVES.ordinal()).getDiscussion()).isEqualTo("未達の1件は来期に継続");
        assertThat(review.getInputs().get(ReviewInput.AUDIT_RESULTS.ordinal()).getDraftText()).isNull();
    }

    @Test
    void compilingAgainKeepsTheDiscussion() {
        ManagementReview review = recorded();
        review.compileDraft(Map.of(ReviewInput.OBJECTIVES, "・新しい下書き"));
        ReviewInputText objectives = review.getInputs().get(ReviewInput.OBJECTIVES.ordinal());
        assertThat(objectives.getDraftText()).isEqualTo("・新しい下書き");
        assertThat(objectives.getDiscussion()).isEqualTo("未達の1件は来期に継続");
    }

    @Test
    void signedMinutesKeepTheHashOfExactlyWhatWasSigned_andNothingCanChangeThemAnyMore() {
        ManagementReview review = recorded();
        review.submit("office");
        String submitted = review.contentSha256();
        review.sign("top");

        assertThat(review.getStatus()).isEqualTo(ReviewStatus.SIGNED);
        assertThat(review.getSignedSha256()).isEqualTo(submitted).hasSize(64);
        assertThat(review.intact()).isTrue();
        assertThat(kindOf(() -> review.editInput(ReviewInput.OBJECTIVES, "x", "y"))).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(kindOf(() -> review.recordMeeting(LocalDate.now(), List.of(new Attendee("a", "b")), "x", List.of())))
                .isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(kindOf(() -> review.compileDraft(Map.of()))).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(kindOf(() -> review.reschedule(new ManagementReview.Schedule(LocalDate.now(), "x", LocalDate.now(),
                LocalDate.now())))).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(kindOf(() -> review.sign("ciso"))).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThatThrownBy(() -> review.editInput(ReviewInput.OBJECTIVES, "x", "y"))
                .hasFieldOrPropertyWithValue("messageKey", "review.signedImmutable");
        assertThat(review.contentSha256()).isEqualTo(submitted);
    }

    @Test
    void theHashChangesWithAnyWordOfTheMinutes() {
        ManagementReview one = recorded();
        ManagementReview other = recorded();
        assertThat(one.contentSha256()).isEqualTo(other.contentSha256());
        other.editInput(ReviewInput.OBJECTIVES, "・目的 3 件のうち 2 件達成", "未達の1件は来期に継続する");
        assertThat(one.contentSha256()).isNotEqualTo(other.contentSha256());
    }

    @Test
    void submittedMinutesAreLockedUntilReturned_thenEditableAgain() {
        ManagementReview review = recorded();
        review.submit("office");
        assertThatThrownBy(() -> review.editInput(ReviewInput.OBJECTIVES, "x", null))
                .hasFieldOrPropertyWithValue("messageKey", "review.submittedLocked");
        review.returnMinutes("top", "決定事項が曖昧です");
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(review.getReturnComment()).isEqualTo("決定事項が曖昧です");
        review.editInput(ReviewInput.OBJECTIVES, "x", null);
        review.submit("office");
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void nobodySignsTheirOwnSubmission() {
        ManagementReview review = recorded();
        review.submit("top");
        assertThat(kindOf(() -> review.sign("top"))).isEqualTo(IsmsException.Kind.FORBIDDEN);
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void minutesWithoutARecordedMeetingCannotBeSubmitted() {
        ManagementReview review = new ManagementReview(new Company("c", "c"), "MR-2026-02", new ManagementReview.Schedule(
                LocalDate.of(2026, 9, 1), "本社", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)));
        assertThat(kindOf(() -> review.submit("office"))).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(kindOf(() -> review.recordMeeting(LocalDate.now(), List.of(), null, List.of())))
                .isEqualTo(IsmsException.Kind.INVALID);
    }

    @Test
    void outputActionsAreNumberedByReview_andCanBeCompletedOnlyOnceTheMinutesAreSigned() {
        ManagementReview review = recorded();
        ReviewAction action = review.getActions().get(0);
        assertThat(action.getActionKey()).isEqualTo("MR-2026-01-A1");
        assertThat(kindOf(() -> action.complete("hrhead"))).isEqualTo(IsmsException.Kind.CONFLICT);
        review.submit("office");
        review.sign("top");
        action.complete("hrhead");
        assertThat(action.getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(action.getDoneBy()).isEqualTo("hrhead");
        assertThat(review.intact()).as("an action's status is not part of the signed minutes").isTrue();
        assertThat(kindOf(() -> action.complete("hrhead"))).isEqualTo(IsmsException.Kind.CONFLICT);
    }

    @Test
    void anActionWithoutOwnerOrDueDateIsRefused() {
        ManagementReview review = recorded();
        assertThat(kindOf(() -> review.recordMeeting(LocalDate.now(), List.of(new Attendee("a", "b")), null,
                List.of(new ManagementReview.ActionLine("x", null, LocalDate.now()))))).isEqualTo(IsmsException.Kind.INVALID);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThat(kindOf(() -> new ManagementReview.Schedule(LocalDate.of(2026, 3, 1), "本社", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)))).isEqualTo(IsmsException.Kind.INVALID);
    }

    @Test
    void recordingTheMeetingAgainRevisesTheActionsInPlace_keepingTheirKeys() {
        ManagementReview review = recorded();
        ReviewAction first = review.getActions().get(0);
        review.recordMeeting(LocalDate.of(2026, 3, 10), List.of(new Attendee("山田 太郎", "代表取締役")), "改訂", List.of(
                new ManagementReview.ActionLine("教育計画の見直し (6月末)", "hrhead", LocalDate.of(2026, 6, 30)),
                new ManagementReview.ActionLine("アクセス権の棚卸し", "depthead", LocalDate.of(2026, 7, 31))));
        assertThat(review.getActions()).extracting(ReviewAction::getActionKey).containsExactly("MR-2026-01-A1", "MR-2026-01-A2");
        assertThat(review.getActions().get(0)).isSameAs(first);
        assertThat(first.getDescription()).isEqualTo("教育計画の見直し (6月末)");
        review.recordMeeting(LocalDate.of(2026, 3, 10), List.of(new Attendee("山田 太郎", "代表取締役")), "改訂", List.of());
        assertThat(review.getActions()).isEmpty();
    }
}
