package jp.isms.rule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalRuleTest {

    private static final RuleChange ACCESS = new RuleChange(" アクセス管理規程 ", "it", "1.0", LocalDate.of(2026, 4, 1));

    @Test
    void numbersAreUpperCaseAndValuesTrimmed() {
        InternalRule rule = new InternalRule(" isms-r-04 ", ACCESS);
        assertThat(rule.getRuleNo()).isEqualTo("ISMS-R-04");
        assertThat(rule.getTitle()).isEqualTo("アクセス管理規程");
        assertThat(rule.getOwnerDepartment()).isEqualTo("IT");
        assertThat(rule.isRetired()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "規程1", "R 01", "-R01", "A23456789012345678901234567890X" })
    void aNumberMustBeShortAsciiAndStartWithALetterOrDigit(String number) {
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> new InternalRule(number, ACCESS));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
    }

    @Test
    void titleAndRevisionAreRequiredAndBounded() {
        InternalRule rule = new InternalRule("R-1", ACCESS);
        assertThat(catchThrowableOfType(IsmsException.class,
                () -> rule.apply(new RuleChange(" ", null, "1.0", null))).messageKey()).isEqualTo("validation.required");
        assertThat(catchThrowableOfType(IsmsException.class,
                () -> rule.apply(new RuleChange("x".repeat(201), null, "1.0", null))).messageKey())
                .isEqualTo("validation.tooLong");
        assertThat(catchThrowableOfType(IsmsException.class,
                () -> rule.apply(new RuleChange("規程", null, "", null))).messageKey()).isEqualTo("validation.required");
        assertThat(rule.getTitle()).as("a refused change leaves the rule as it was").isEqualTo("アクセス管理規程");
    }

    @Test
    void aRetiredRuleAnswersNoNewRequirement() {
        InternalRule rule = new InternalRule("R-1", ACCESS);
        rule.retire();
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> new RequirementMapping(RequirementKind.CLAUSE, "9.2", rule, "監査報告書"));
        assertThat(e.messageKey()).isEqualTo("rule.retired");
        rule.reinstate();
        assertThat(new RequirementMapping(RequirementKind.CLAUSE, "9.2", rule, " 監査報告書 ").getEvidence())
                .isEqualTo("監査報告書");
    }

    @Test
    void aMappingNeedsEvidence() {
        InternalRule rule = new InternalRule("R-1", ACCESS);
        assertThat(catchThrowableOfType(IsmsException.class,
                () -> new RequirementMapping(RequirementKind.CLAUSE, "9.2", rule, "  ")).messageKey())
                .isEqualTo("validation.required");
        assertThat(catchThrowableOfType(IsmsException.class,
                () -> new RequirementMapping(RequirementKind.CLAUSE, "9.2", rule, "x".repeat(1001))).messageKey())
                .isEqualTo("validation.tooLong");
    }
}
