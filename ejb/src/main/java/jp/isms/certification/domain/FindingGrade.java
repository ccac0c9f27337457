package jp.isms.certification.domain;

import java.util.Optional;
import jp.isms.shared.domain.NonconformityGrade;

/** 重大な不適合 / 軽微な不適合 / 観察事項. Only nonconformities start a corrective action. */
public enum FindingGrade {
    MAJOR, MINOR, OBSERVATION;

    public Optional<NonconformityGrade> nonconformity() {
        return switch (this) {
            case MAJOR -> Optional.of(NonconformityGrade.MAJOR);
            case MINOR -> Optional.of(NonconformityGrade.MINOR);
            case OBSERVATION -> Optional.empty();
        };
    }

    public String messageKey() {
        return "certification.grade." + name();
    }
}
