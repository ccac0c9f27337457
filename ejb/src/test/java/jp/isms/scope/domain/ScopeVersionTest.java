package jp.isms.scope.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.isms.organisation.domain.Company;
import jp.isms.scope.domain.ScopeContent.Exclusion;
import jp.isms.scope.domain.ScopeContent.Site;
import jp.isms.scope.domain.ScopeContent.SystemOrService;
import jp.isms.scope.domain.ScopeContent.Unit;
import jp.isms.scope.domain.ScopeContent.Workforce;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.VersionStatus;
import org.junit.jupiter.api.Test;

class ScopeVersionTest {

    private static final Company COMPANY = new Company("株式会社サンプル", "Sample Co., Ltd.");

    static ScopeContent headOffice() {
        return new ScopeContent("本社における情報システムの運用", List.of(new Unit("IT", "情報システム部", true, null),
                new Unit("SALES", "営業部", false, "次年度に拡大予定")),
                List.of(new Site("本社", "東京都千代田区", true), new Site("大阪支店", "大阪市北区", false)),
                List.of(new Workforce(WorkforceCategory.REGULAR, true, null),
                        new Workforce(WorkforceCategory.OUTSOURCED, false, "委託契約で管理")),
                List.of(new SystemOrService("顧客管理システム", "SaaS", true)),
                List.of(new Exclusion("大阪支店", "独立した事業で情報資産を共有しないため")));
    }

    @Test
    void approvedVersionIsFrozenAndAnEditStartsTheNextVersionWithTheSameContent() {
        ScopeVersion v1 = new ScopeVersion(COMPANY, 1, headOffice());
        v1.submit("office");
        v1.approve();

        assertThat(v1.getStatus()).isEqualTo(VersionStatus.APPROVED);
        assertThat(v1.getApprovedFingerprint()).matches("[0-9a-f]{64}").isEqualTo(v1.fingerprint());
        assertThat(v1.getApprovedAt()).isNotNull();
        assertThatThrownBy(() -> v1.revise(ScopeContent.empty())).isInstanceOf(IsmsException.class)
                .hasMessageStartingWith("scope.frozen");

        ScopeVersion v2 = v1.nextVersion();
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v2.content()).isEqualTo(v1.content());
        assertThat(v2.fingerprint()).isEqualTo(v1.fingerprint());
        v2.revise(new ScopeContent("全社", headOffice().units(), headOffice().sites(), headOffice().workforce(),
                headOffice().systems(), List.of()));
        assertThat(v1.content().exclusions()).hasSize(1);
        assertThat(v2.fingerprint()).isNotEqualTo(v1.fingerprint());
    }

    @Test
    void aVersionInApprovalCannotBeChangedAndApprovalRefusesContentChangedSinceSubmission() {
        ScopeVersion version = new ScopeVersion(COMPANY, 1, headOffice());
        version.submit("office");
        assertThatThrownBy(() -> version.revise(headOffice())).hasMessageStartingWith("scope.lockedInApproval");

        version.returnForRevision();
        version.revise(new ScopeContent("変更後", headOffice().units(), headOffice().sites(), List.of(), List.of(),
                List.of()));
        version.submit("office");
        version.approve();
        assertThat(version.getStatus()).isEqualTo(VersionStatus.APPROVED);
        assertThatThrownBy(version::approve).hasMessageStartingWith("scope.notInApproval");
    }

    @Test
    void anExclusionNeedsItsJustification() {
        ScopeContent noReason = new ScopeContent(null, List.of(), List.of(), List.of(), List.of(),
                List.of(new Exclusion("大阪支店", " ")));

        assertThatThrownBy(() -> new ScopeVersion(COMPANY, 1, noReason))
                .isInstanceOfSatisfying(IsmsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                    assertThat(e.arguments()).containsExactly("scope.exclusion.justification");
                });
    }

    @Test
    void aWorkforceCategoryAppearsOnceAndNamesAreRequiredAndTrimmed() {
        ScopeContent twice = new ScopeContent(null, List.of(), List.of(), List.of(
                new Workforce(WorkforceCategory.DISPATCHED, true, null),
                new Workforce(WorkforceCategory.DISPATCHED, false, null)), List.of(), List.of());
        assertThatThrownBy(() -> new ScopeVersion(COMPANY, 1, twice)).hasMessageStartingWith("scope.workforce.repeated");

        ScopeVersion trimmed = new ScopeVersion(COMPANY, 1, new ScopeContent(" 本社 ", List.of(),
                List.of(new Site("  本社 ", " 東京 ", true)), List.of(), List.of(), List.of()));
        assertThat(trimmed.content().sites().get(0)).isEqualTo(new Site("本社", "東京", true));
        assertThat(trimmed.content().statement()).isEqualTo("本社");
        assertThatThrownBy(() -> new ScopeVersion(COMPANY, 1, new ScopeContent(null, List.of(new Unit(null, "", true,
                null)), List.of(), List.of(), List.of(), List.of()))).hasMessageContaining("scope.unit.name");
    }

    @Test
    void submissionNeedsAStatementAndSomethingInsideTheScope() {
        ScopeVersion noStatement = new ScopeVersion(COMPANY, 1, new ScopeContent(null, headOffice().units(),
                List.of(), List.of(), List.of(), List.of()));
        assertThatThrownBy(() -> noStatement.submit("office")).hasMessageContaining("scope.statement");

        ScopeVersion nothingIn = new ScopeVersion(COMPANY, 1, new ScopeContent("x", List.of(new Unit(null, "営業部",
                false, null)), List.of(), List.of(), List.of(), List.of()));
        assertThatThrownBy(() -> nothingIn.submit("office")).hasMessageStartingWith("scope.nothingInScope");
        assertThat(nothingIn.getStatus()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void theFingerprintCoversEveryPartAndItsOrder() {
        ScopeContent base = headOffice();
        String original = new ScopeVersion(COMPANY, 1, base).fingerprint();
        ScopeContent outOfScopeWorkforce = new ScopeContent(base.statement(), base.units(), base.sites(),
                List.of(new Workforce(WorkforceCategory.REGULAR, false, null), base.workforce().get(1)), base.systems(),
                base.exclusions());
        ScopeContent reordered = new ScopeContent(base.statement(), List.of(base.units().get(1), base.units().get(0)),
                base.sites(), base.workforce(), base.systems(), base.exclusions());

        assertThat(new ScopeVersion(COMPANY, 1, outOfScopeWorkforce).fingerprint()).isNotEqualTo(original);
        assertThat(new ScopeVersion(COMPANY, 1, reordered).fingerprint()).isNotEqualTo(original);
        assertThat(new ScopeVersion(COMPANY, 1, headOffice()).fingerprint()).isEqualTo(original);
    }
}
