package jp.isms.certification.domain;

import static jp.isms.certification.domain.CertificationStatus.APPLIED;
import static jp.isms.certification.domain.CertificationStatus.CERTIFIED;
import static jp.isms.certification.domain.CertificationStatus.EXPIRED;
import static jp.isms.certification.domain.CertificationStatus.STAGE1_DONE;
import static jp.isms.certification.domain.CertificationStatus.STAGE2_DONE_RECOMMENDED;
import static jp.isms.certification.domain.CertificationStatus.SUSPENDED;
import static jp.isms.certification.domain.CertificationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CertificationStatusTest {

    @Test
    void fromApplicationToCertificateAndOnThroughSuspension() {
        // when
        CertificationStatus status = APPLIED.moveTo(STAGE1_DONE).moveTo(STAGE2_DONE_RECOMMENDED).moveTo(CERTIFIED)
                .moveTo(SUSPENDED).moveTo(CERTIFIED).moveTo(EXPIRED);

        // then
        assertThat(status).isEqualTo(EXPIRED);
        assertThat(status.isFinal()).isTrue();
    }

    @Test
    void auditPassedIsNotYetCertified() {
        assertThat(STAGE2_DONE_RECOMMENDED.isAuditPassedNotYetCertified()).isTrue();
        assertThat(STAGE2_DONE_RECOMMENDED.isCertified()).isFalse();
        assertThat(Arrays.stream(CertificationStatus.values()).filter(CertificationStatus::isCertified))
                .containsExactly(CERTIFIED);
        assertThat(Arrays.stream(CertificationStatus.values())
                .filter(CertificationStatus::isAuditPassedNotYetCertified)).containsExactly(STAGE2_DONE_RECOMMENDED);
    }

    @ParameterizedTest(name = "{0} → {1} refused")
    @CsvSource({ "APPLIED, CERTIFIED", "APPLIED, STAGE2_DONE_RECOMMENDED", "STAGE1_DONE, CERTIFIED",
            "STAGE2_DONE_RECOMMENDED, SUSPENDED", "CERTIFIED, STAGE1_DONE", "CERTIFIED, APPLIED",
            "EXPIRED, CERTIFIED", "WITHDRAWN, APPLIED", "SUSPENDED, STAGE2_DONE_RECOMMENDED", "CERTIFIED, CERTIFIED" })
    void shortcutsAndReturnsAreRefused(CertificationStatus from, CertificationStatus to) {
        // when
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> from.moveTo(to));

        // then
        assertThat(from.canMoveTo(to)).isFalse();
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("certification.status.transitionNotAllowed");
        assertThat(e.arguments()).containsExactly(from.messageKey(), to.messageKey());
        Bundles.assertSpeakable(e);
    }

    @ParameterizedTest
    @EnumSource(value = CertificationStatus.class, names = { "EXPIRED", "WITHDRAWN" }, mode = EnumSource.Mode.EXCLUDE)
    void everyStateBeforeTheEndMayBeWithdrawn(CertificationStatus status) {
        assertThat(status.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(status.isFinal()).isFalse();
    }

    @Test
    void onlyACertificateInForceOrSuspendedCanExpire() {
        assertThat(Arrays.stream(CertificationStatus.values()).filter(s -> s.canMoveTo(EXPIRED)))
                .containsExactlyInAnyOrder(CERTIFIED, SUSPENDED);
    }

    @Test
    void missingTargetIsInvalid() {
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> APPLIED.moveTo(null));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(APPLIED.canMoveTo(null)).isFalse();
        Bundles.assertSpeakable(e);
    }

    @ParameterizedTest
    @EnumSource(CertificationStatus.class)
    void everyStatusHasANameInBothLanguages(CertificationStatus status) {
        Bundles.assertInBoth(status.messageKey());
    }

    @ParameterizedTest
    @EnumSource(AuditKind.class)
    void everyAuditKindHasANameInBothLanguages(AuditKind kind) {
        Bundles.assertInBoth(kind.messageKey());
    }
}
