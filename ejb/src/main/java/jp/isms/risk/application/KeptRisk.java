package jp.isms.risk.application;

/** Where a kept proposal went: the risk number in that assessment version. */
public record KeptRisk(String businessKey, int version, String riskNo) {
}
