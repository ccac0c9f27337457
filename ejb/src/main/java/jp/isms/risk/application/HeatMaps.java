package jp.isms.risk.application;

import jp.isms.risk.domain.HeatMap;

/** The inherent and the residual heat map of one assessment version. */
public record HeatMaps(String businessKey, int version, HeatMap inherent, HeatMap residual)
        implements java.io.Serializable {
}
