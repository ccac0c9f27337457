package jp.isms.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskAssessmentTest {

    /** Likelihood 4 × impact 4 = 16 (HIGH), residual 2 × 3 = 6 (LOW). */
    private static final RiskChange LAPTOP = new RiskChange("ノートPC", "紛失・盗難", "ディスク暗号化なし", 4, 4,
            Treatment.REDUCE, "BitLocker を全台に適用", 2, 3);
    /** Likelihood 3 × impact 3 = 9 (MEDIUM), residual 3 × 3 = 9 (MEDIUM). */
    private static final RiskChange FILE_SERVER = new RiskChange("ファイルサーバ", "ランサムウェア", "バックアップ未分離", 3, 3,
            Treatment.ACCEPT, null, 3, 3);

    private Company company;
    private Department it;
    private RiskAssessment assessment;

    @BeforeEach
    void setUp() {
        company = new Company("株式会社テスト", "Test");
        it = new Department(company, "IT", "情報システム部", "IT");
        assessment = new RiskAssessment(company, "RA-2026-01", "2026年度 リスクアセスメント");
    }

    private static IsmsException refused(Executable action) {
        IsmsException e = catchThrowableOfType(IsmsException.class, action::execute);
        assertThat(e).as("an IsmsException").isNotNull();
        return e;
    }

    private RiskAssessment approvedWithTwoRisks() {
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);
        assessment.submit("isms.office");
        assessment.approve();
        return assessment;
    }

    // --- risk methods ---

    /** A stricter method (version id 7): every score from 5 is high and needs top management. */
    private static final RiskMethod STRICT = new RiskMethod() {
        @Override
        public Long versionId() {
            return 7L;
        }

        @Override
        public int inherentScore(RiskChange change) {
            return RiskMethod.MATRIX.inherentScore(change);
        }

        @Override
        public int residualScore(RiskChange change) {
            return RiskMethod.MATRIX.residualScore(change);
        }

        @Override
        public Rating rate(int score) {
            return score >= 5 ? new Rating(RiskLevel.HIGH, "treat", "top-management") : new Rating(RiskLevel.LOW, "accept", "dept-head");
        }
    };

    @Test
    void aRiskStoresTheLevelActionAndAcceptorItsMethodGives() {
        Risk laptop = assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assertThat(laptop.getInherentAction()).isEqualTo("treat");
        assertThat(laptop.getResidualLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(laptop.getResidualAcceptor()).isEqualTo("dept-head");
        Risk server = assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);
        assertThat(server.getResidualAcceptor()).isEqualTo("ciso");
    }

    @Test
    void reBasingADraftRescoresEveryRiskAndRecordsTheNewMethod() {
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        assessment.rebase(STRICT);

        assertThat(assessment.getMethodVersionId()).isEqualTo(7L);
        Risk laptop = assessment.getRisks().get(0);
        assertThat(laptop.getResidualScore()).isEqualTo(6);
        assertThat(laptop.getResidualLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(laptop.getResidualAcceptor()).isEqualTo("top-management");
    }

    @Test
    void anApprovedAssessmentIsNeverRescoredAndItsNextVersionKeepsTheScores() {
        RiskAssessment approved = approvedWithTwoRisks();
        String fingerprint = approved.getApprovedFingerprint();

        assertThat(refused(() -> approved.rebase(STRICT)).messageKey()).isEqualTo("risk.assessment.frozen");
        RiskAssessment next = approved.startNextVersion();

        assertThat(approved.residualRiskFingerprint()).isEqualTo(fingerprint);
        assertThat(next.getMethodVersionId()).isEqualTo(approved.getMethodVersionId());
        assertThat(next.getRisks()).extracting(Risk::getResidualLevel).containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM);
        assertThat(next.residualRiskFingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void anAssessmentNeverMixesTwoMethods() {
        RiskAssessment withVersion = new RiskAssessment(company, "RA-2026-02", "版あり", 3L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withVersion.addRisk(it, LAPTOP, STRICT))
                .isInstanceOf(IllegalStateException.class);
    }

    // --- creation ---

    @Test
    void newAssessmentIsVersionOneDraftAndEmpty() {
        assertThat(assessment.getBusinessKey()).isEqualTo("RA-2026-01");
        assertThat(assessment.getVersion()).isEqualTo(1);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.getRisks()).isEmpty();
        assertThat(assessment.getApprovedFingerprint()).isNull();
        assertThat(assessment.getApprovedAt()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "RA-26-01", "RA-2026-1", "ra-2026-01", "RA-2026-001", "RA2026-01", " RA-2026-01", "",
            "XRA-2026-01" })
    void businessKeyMustLookLikeRa202601(String key) {
        IsmsException e = refused(() -> new RiskAssessment(company, key, "title"));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("risk.assessment.keyInvalid");
    }

    @Test
    void missingBusinessKeyIsRefused() {
        assertThat(refused(() -> new RiskAssessment(company, null, "title")).messageKey())
                .isEqualTo("risk.assessment.keyInvalid");
    }

    @Test
    void blankTitleIsRefused() {
        IsmsException e = refused(() -> new RiskAssessment(company, "RA-2026-01", "  "));

        assertThat(e.messageKey()).isEqualTo("validation.required");
        assertThat(e.arguments()).containsExactly("risk.assessment.title");
    }

    // --- risks ---

    @Test
    void addRiskNumbersRisksInSequence() {
        // when
        Risk first = assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        Risk second = assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);
        Risk third = assessment.addRisk(null, LAPTOP, RiskMethod.MATRIX);

        // then
        assertThat(first.getRiskNo()).isEqualTo("R-001");
        assertThat(second.getRiskNo()).isEqualTo("R-002");
        assertThat(third.getRiskNo()).isEqualTo("R-003");
        assertThat(assessment.getRisks()).extracting(Risk::getRiskNo).containsExactly("R-001", "R-002", "R-003");
    }

    @Test
    void addRiskComputesInherentAndResidualScoreAndLevel() {
        // when
        Risk risk = assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        // then
        assertThat(risk.getInherentScore()).isEqualTo(16);
        assertThat(risk.getInherentLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.getResidualScore()).isEqualTo(6);
        assertThat(risk.getResidualLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(risk.getDepartment()).isSameAs(it);
        assertThat(risk.values()).isEqualTo(LAPTOP);
    }

    @Test
    void reviseRiskRecomputesScores() {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        // when
        assessment.reviseRisk("R-001", new RiskChange("ノートPC", "紛失・盗難", "ディスク暗号化なし", 3, 4, Treatment.REDUCE,
                "BitLocker", 3, 3), RiskMethod.MATRIX);

        // then
        Risk risk = assessment.getRisks().get(0);
        assertThat(risk.getInherentScore()).isEqualTo(12);
        assertThat(risk.getInherentLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(risk.getResidualScore()).isEqualTo(9);
        assertThat(risk.getResidualLevel()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void textIsTrimmedAndBlankPlanIsStoredAsNone() {
        Risk risk = assessment.addRisk(it, new RiskChange("  ノートPC ", " 紛失 ", " 暗号化なし ", 2, 2, Treatment.ACCEPT,
                "   ", 1, 1), RiskMethod.MATRIX);

        assertThat(risk.getAssetName()).isEqualTo("ノートPC");
        assertThat(risk.getThreat()).isEqualTo("紛失");
        assertThat(risk.getVulnerability()).isEqualTo("暗号化なし");
        assertThat(risk.getTreatmentPlan()).isNull();
    }

    @Test
    void residualAboveInherentIsRefused() {
        // when: inherent 2 × 2 = 4, residual 1 × 5 = 5
        IsmsException e = refused(() -> assessment.addRisk(it, new RiskChange("PC", "threat", "vuln", 2, 2,
                Treatment.REDUCE, "plan", 1, 5), RiskMethod.MATRIX));

        // then
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("risk.residualAboveInherent");
        assertThat(assessment.getRisks()).isEmpty();
    }

    @Test
    void residualEqualToInherentIsAccepted() {
        Risk risk = assessment.addRisk(it, new RiskChange("PC", "threat", "vuln", 2, 3, Treatment.ACCEPT, null, 3, 2), RiskMethod.MATRIX);

        assertThat(risk.getResidualScore()).isEqualTo(risk.getInherentScore()).isEqualTo(6);
    }

    @Test
    void refusedRevisionLeavesTheRiskAsItWas() {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        String before = assessment.residualRiskFingerprint();

        // when: residual 5 × 5 above inherent 4 × 4
        refused(() -> assessment.reviseRisk("R-001", new RiskChange("changed", "changed", "changed", 4, 4,
                Treatment.AVOID, "changed", 5, 5), RiskMethod.MATRIX));

        // then
        assertThat(assessment.getRisks().get(0).values()).isEqualTo(LAPTOP);
        assertThat(assessment.residualRiskFingerprint()).isEqualTo(before);
    }

    @Test
    void outOfRangeValueInARiskIsRefused() {
        IsmsException e = refused(() -> assessment.addRisk(it, new RiskChange("PC", "threat", "vuln", 6, 1,
                Treatment.REDUCE, null, 1, 1), RiskMethod.MATRIX));

        assertThat(e.messageKey()).isEqualTo("risk.valueOutOfRange");
    }

    @Test
    void missingTreatmentIsRefused() {
        IsmsException e = refused(() -> assessment.addRisk(it, new RiskChange("PC", "threat", "vuln", 2, 2, null,
                null, 1, 1), RiskMethod.MATRIX));

        assertThat(e.messageKey()).isEqualTo("validation.required");
        assertThat(e.arguments()).containsExactly("risk.treatment");
    }

    @Test
    void revisingAnUnknownRiskIsNotFound() {
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        IsmsException e = refused(() -> assessment.reviseRisk("R-099", LAPTOP, RiskMethod.MATRIX));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.NOT_FOUND);
        assertThat(e.messageKey()).isEqualTo("risk.unknown");
    }

    // --- submission and approval ---

    @Test
    void submitWithoutRisksIsRefused() {
        IsmsException e = refused(() -> assessment.submit("isms.office"));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("risk.assessment.empty");
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void submitPutsTheAssessmentInApproval() {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        // when
        assessment.submit("isms.office");

        // then
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.IN_APPROVAL);
        assertThat(assessment.getSubmittedBy()).isEqualTo("isms.office");
    }

    @Test
    void submittingTwiceIsRefused() {
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.submit("isms.office");

        IsmsException e = refused(() -> assessment.submit("isms.office"));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("risk.assessment.notSubmittable");
    }

    @Test
    void editingWhileInApprovalIsRefused() {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.submit("isms.office");

        // when
        IsmsException revise = refused(() -> assessment.reviseRisk("R-001", FILE_SERVER, RiskMethod.MATRIX));
        IsmsException add = refused(() -> assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX));

        // then
        for (IsmsException e : new IsmsException[] { revise, add }) {
            assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("risk.assessment.lockedInApproval");
        }
        assertThat(assessment.getRisks()).singleElement().extracting(Risk::values).isEqualTo(LAPTOP);
    }

    @Test
    void returnForRevisionMakesItEditableAndSubmittableAgain() {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.submit("isms.office");

        // when
        assessment.returnForRevision();
        assessment.reviseRisk("R-001", FILE_SERVER, RiskMethod.MATRIX);
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        // then
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.RETURNED);
        assertThat(assessment.getRisks()).extracting(Risk::values).containsExactly(FILE_SERVER, LAPTOP);

        // and when resubmitted, the revised list can be approved
        assessment.submit("isms.office");
        assessment.approve();
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
    }

    @Test
    void returnOrApproveOutsideApprovalIsRefused() {
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        assertThat(refused(assessment::returnForRevision).messageKey()).isEqualTo("risk.assessment.notInApproval");
        assertThat(refused(assessment::approve).messageKey()).isEqualTo("risk.assessment.notInApproval");
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void approveFreezesTheAssessmentWithItsFingerprint() {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);
        assessment.submit("isms.office");
        String submitted = assessment.residualRiskFingerprint();
        Instant before = Instant.now();

        // when
        assessment.approve();

        // then
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(assessment.getApprovedFingerprint()).isEqualTo(submitted)
                .isEqualTo(assessment.residualRiskFingerprint()).matches("[0-9a-f]{64}");
        assertThat(assessment.getApprovedAt()).isNotNull().isBetween(before, Instant.now());
    }

    @Test
    void approvedAssessmentCannotBeChanged() {
        approvedWithTwoRisks();

        IsmsException revise = refused(() -> assessment.reviseRisk("R-001", FILE_SERVER, RiskMethod.MATRIX));
        IsmsException add = refused(() -> assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX));

        for (IsmsException e : new IsmsException[] { revise, add }) {
            assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("risk.assessment.frozen");
        }
        assertThat(refused(() -> assessment.submit("x")).messageKey()).isEqualTo("risk.assessment.notSubmittable");
        assertThat(refused(assessment::returnForRevision).messageKey()).isEqualTo("risk.assessment.notInApproval");
        assertThat(assessment.residualRiskFingerprint()).isEqualTo(assessment.getApprovedFingerprint());
    }

    @Test
    void approveIsRefusedWhenTheListChangedSinceSubmission() throws Exception {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.submit("isms.office");
        // Editing is blocked while in approval, which is exactly why approve() re-checks the fingerprint:
        // the only way to simulate a change behind the approvers' backs (e.g. a direct database update) is to
        // set the private field Risk.threat by reflection.
        Risk risk = assessment.getRisks().get(0);
        Field threat = Risk.class.getDeclaredField("threat");
        threat.setAccessible(true);
        threat.set(risk, "内部不正");

        // when
        IsmsException e = refused(assessment::approve);

        // then
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("risk.assessment.changedSinceSubmission");
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.IN_APPROVAL);
        assertThat(assessment.getApprovedFingerprint()).isNull();
        assertThat(assessment.getApprovedAt()).isNull();
    }

    // --- versions ---

    @Test
    void startNextVersionCopiesTheApprovedRisksIntoAnEditableDraft() {
        // given
        RiskAssessment v1 = approvedWithTwoRisks();

        // when
        RiskAssessment v2 = v1.startNextVersion();

        // then
        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(v2.getBusinessKey()).isEqualTo("RA-2026-01");
        assertThat(v2.getTitle()).isEqualTo(v1.getTitle());
        assertThat(v2.getCompany()).isSameAs(company);
        assertThat(v2.getApprovedFingerprint()).isNull();
        assertThat(v2.getApprovedAt()).isNull();
        assertThat(v2.getRisks()).extracting(Risk::getRiskNo).containsExactly("R-001", "R-002");
        assertThat(v2.getRisks()).extracting(Risk::values).containsExactly(LAPTOP, FILE_SERVER);
        assertThat(v2.getRisks()).extracting(Risk::getDepartment).containsOnly(it);
        assertThat(v2.residualRiskFingerprint()).isEqualTo(v1.getApprovedFingerprint());
        assertThat(v1.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
    }

    @Test
    void changingTheNextVersionLeavesTheApprovedOneAlone() {
        // given
        RiskAssessment v1 = approvedWithTwoRisks();
        String approved = v1.getApprovedFingerprint();
        RiskAssessment v2 = v1.startNextVersion();

        // when
        v2.reviseRisk("R-001", new RiskChange("ノートPC", "紛失・盗難", "ディスク暗号化なし", 4, 4, Treatment.REDUCE,
                "BitLocker とMDM", 1, 3), RiskMethod.MATRIX);
        Risk added = v2.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);

        // then
        assertThat(added.getRiskNo()).isEqualTo("R-003");
        assertThat(v2.residualRiskFingerprint()).isNotEqualTo(approved);
        assertThat(v1.residualRiskFingerprint()).isEqualTo(approved);
        assertThat(v1.getApprovedFingerprint()).isEqualTo(approved);
        assertThat(v1.getRisks()).extracting(Risk::values).containsExactly(LAPTOP, FILE_SERVER);
    }

    @Test
    void nextVersionCanOnlyStartFromAnApprovedVersion() {
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);

        IsmsException draft = refused(assessment::startNextVersion);
        assessment.submit("isms.office");
        IsmsException inApproval = refused(assessment::startNextVersion);

        assertThat(draft.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(draft.messageKey()).isEqualTo("risk.assessment.notLatestApproved");
        assertThat(inApproval.messageKey()).isEqualTo("risk.assessment.notLatestApproved");
    }

    @Test
    void nextVersionGoesThroughApprovalAndSupersedesTheOldOne() {
        // given
        RiskAssessment v1 = approvedWithTwoRisks();
        RiskAssessment v2 = v1.startNextVersion();
        v2.reviseRisk("R-002", new RiskChange("ファイルサーバ", "ランサムウェア", "バックアップ未分離", 3, 3, Treatment.REDUCE,
                "オフラインバックアップ", 2, 2), RiskMethod.MATRIX);

        // when
        v2.submit("isms.office");
        v2.approve();
        v1.supersede();

        // then
        assertThat(v2.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(v1.getStatus()).isEqualTo(AssessmentStatus.SUPERSEDED);
        assertThat(v2.getApprovedFingerprint()).isNotEqualTo(v1.getApprovedFingerprint());
        assertThat(refused(() -> v1.reviseRisk("R-001", LAPTOP, RiskMethod.MATRIX)).messageKey()).isEqualTo("risk.assessment.frozen");
        assertThat(refused(v1::startNextVersion).messageKey()).isEqualTo("risk.assessment.notLatestApproved");
    }

    @Test
    void supersedeOnlyFromApproved() {
        IsmsException draft = refused(assessment::supersede);
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.submit("isms.office");
        IsmsException inApproval = refused(assessment::supersede);
        assessment.returnForRevision();
        IsmsException returned = refused(assessment::supersede);
        assessment.submit("isms.office");
        assessment.approve();
        assessment.supersede();
        IsmsException superseded = refused(assessment::supersede);

        for (IsmsException e : new IsmsException[] { draft, inApproval, returned, superseded }) {
            assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("risk.assessment.notLatestApproved");
        }
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.SUPERSEDED);
    }

    // --- fingerprint ---

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                change("asset", c -> new RiskChange("デスクトップPC", c.threat(), c.vulnerability(), c.likelihood(),
                        c.impact(), c.treatment(), c.treatmentPlan(), c.residualLikelihood(), c.residualImpact())),
                change("threat", c -> new RiskChange(c.assetName(), "置き忘れ", c.vulnerability(), c.likelihood(),
                        c.impact(), c.treatment(), c.treatmentPlan(), c.residualLikelihood(), c.residualImpact())),
                change("vulnerability", c -> new RiskChange(c.assetName(), c.threat(), "パスワード未設定", c.likelihood(),
                        c.impact(), c.treatment(), c.treatmentPlan(), c.residualLikelihood(), c.residualImpact())),
                change("likelihood", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(), 5, c.impact(),
                        c.treatment(), c.treatmentPlan(), c.residualLikelihood(), c.residualImpact())),
                change("impact", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(), c.likelihood(), 5,
                        c.treatment(), c.treatmentPlan(), c.residualLikelihood(), c.residualImpact())),
                change("treatment", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(), c.likelihood(),
                        c.impact(), Treatment.TRANSFER, c.treatmentPlan(), c.residualLikelihood(),
                        c.residualImpact())),
                change("plan", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(), c.likelihood(),
                        c.impact(), c.treatment(), "MDM でリモートワイプ", c.residualLikelihood(), c.residualImpact())),
                change("plan removed", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(),
                        c.likelihood(), c.impact(), c.treatment(), null, c.residualLikelihood(), c.residualImpact())),
                change("residual likelihood", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(),
                        c.likelihood(), c.impact(), c.treatment(), c.treatmentPlan(), 1, c.residualImpact())),
                change("residual impact", c -> new RiskChange(c.assetName(), c.threat(), c.vulnerability(),
                        c.likelihood(), c.impact(), c.treatment(), c.treatmentPlan(), c.residualLikelihood(), 2)),
                // same scores, different inputs: 4 × 4 → still 16, 2 × 3 → 3 × 2 still 6
                change("residual likelihood and impact swapped (same score)", c -> new RiskChange(c.assetName(),
                        c.threat(), c.vulnerability(), c.likelihood(), c.impact(), c.treatment(), c.treatmentPlan(),
                        c.residualImpact(), c.residualLikelihood())));
    }

    private static Arguments change(String field, UnaryOperator<RiskChange> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void fingerprintChangesWhenAnySingleFieldOfARiskChanges(String field, UnaryOperator<RiskChange> change) {
        // given
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);
        String before = assessment.residualRiskFingerprint();
        RiskChange changed = change.apply(LAPTOP);
        assertThat(changed).as("the variant really differs").isNotEqualTo(LAPTOP);

        // when
        assessment.reviseRisk("R-001", changed, RiskMethod.MATRIX);

        // then
        assertThat(assessment.residualRiskFingerprint()).isNotEqualTo(before);
    }

    @Test
    void fingerprintIsStableForTheSameContent() {
        // given two assessments with the same risks
        RiskAssessment other = new RiskAssessment(company, "RA-2027-01", "別タイトル");
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        assessment.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);
        other.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        other.addRisk(it, FILE_SERVER, RiskMethod.MATRIX);

        // when revising a risk to the values it already has
        String before = assessment.residualRiskFingerprint();
        assessment.reviseRisk("R-001", LAPTOP, RiskMethod.MATRIX);

        // then
        assertThat(assessment.residualRiskFingerprint()).isEqualTo(before).isEqualTo(other.residualRiskFingerprint());
    }

    @Test
    void fingerprintDependsOnTheDepartment() {
        RiskAssessment other = new RiskAssessment(company, "RA-2026-01", "title");
        assessment.addRisk(it, LAPTOP, RiskMethod.MATRIX);
        other.addRisk(new Department(company, "HR", "人事部", "HR"), LAPTOP, RiskMethod.MATRIX);

        assertThat(assessment.residualRiskFingerprint()).isNotEqualTo(other.residualRiskFingerprint());
    }
}
