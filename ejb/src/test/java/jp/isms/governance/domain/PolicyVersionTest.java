package jp.isms.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.isms.governance.domain.PolicyVersion.PolicyText;
import jp.isms.shared.domain.VersionStatus;
import org.junit.jupiter.api.Test;

class PolicyVersionTest {

    private static final PolicyText TEXT = new PolicyText("情報セキュリティ基本方針", "当社は…", LocalDate.of(2026, 4, 1));

    @Test
    void approvedPolicyIsImmutableAndTheNextVersionCarriesTheNewText() {
        PolicyVersion v1 = new PolicyVersion(1, TEXT);
        v1.submit("office");
        v1.approve();

        assertThatThrownBy(() -> v1.revise(TEXT)).hasMessageStartingWith("policy.frozen");
        PolicyVersion v2 = v1.nextVersion(new PolicyText("情報セキュリティ基本方針", "改定版", LocalDate.of(2027, 4, 1)));
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v1.text()).isEqualTo(TEXT);
        assertThat(v2.fingerprint()).isNotEqualTo(v1.getApprovedFingerprint());

        v1.supersede();
        assertThat(v1.getStatus()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThatThrownBy(() -> v1.nextVersion(TEXT)).hasMessageStartingWith("policy.notApproved");
    }

    @Test
    void titleAndBodyAreRequiredAndAnEffectiveDateBeforeSubmission() {
        assertThatThrownBy(() -> new PolicyVersion(1, new PolicyText(" ", "本文", null)))
                .hasMessageContaining("policy.title");
        assertThatThrownBy(() -> new PolicyVersion(1, new PolicyText("方針", null, null)))
                .hasMessageContaining("policy.body");
        PolicyVersion undated = new PolicyVersion(1, new PolicyText("方針", "本文", null));
        assertThatThrownBy(() -> undated.submit("office")).hasMessageContaining("policy.effectiveDate");
        assertThat(undated.getStatus()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void approvalRefusesATextChangedAfterSubmission() {
        PolicyVersion version = new PolicyVersion(1, TEXT);
        version.submit("office");
        version.returnForRevision();
        version.revise(new PolicyText("方針", "修正", LocalDate.of(2026, 4, 1)));
        version.submit("office");
        String submitted = version.fingerprint();
        version.approve();
        assertThat(version.getApprovedFingerprint()).isEqualTo(submitted);
    }
}
