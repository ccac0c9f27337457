package jp.isms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.isms.review.application.ReviewInput;

/** One input of the review: the draft the system compiled (the office may edit it) and what was discussed. */
@Embeddable
public class ReviewInputText {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewInput input;

    @Column(name = "draft_text", length = 8000)
    private String draftText;

    @Column(length = 8000)
    private String discussion;

    protected ReviewInputText() {
    }

    ReviewInputText(ReviewInput input, String draftText, String discussion) {
        this.input = input;
        this.draftText = draftText;
        this.discussion = discussion;
    }

    public ReviewInput getInput() {
        return input;
    }

    public String getDraftText() {
        return draftText;
    }

    public String getDiscussion() {
        return discussion;
    }
}
