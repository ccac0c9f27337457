package jp.isms.review.application;

/** The inputs a management review must consider (JIS Q 27001:2023 clause 9.3.2), in the standard's order. */
public enum ReviewInput {
    /** a) 前回までのマネジメントレビューの結果とった処置の状況 */
    PREVIOUS_ACTIONS,
    /** b) ISMSに関連する外部及び内部の課題の変化 */
    ISSUES_CHANGES,
    /** c) 利害関係者のニーズ及び期待の変化 */
    INTERESTED_PARTY_CHANGES,
    /** d) 1) 不適合及び是正処置 */
    NONCONFORMITIES,
    /** d) 2) 監視及び測定の結果 */
    MONITORING,
    /** d) 3) 監査結果 */
    AUDIT_RESULTS,
    /** d) 4) 情報セキュリティ目的の達成 */
    OBJECTIVES,
    /** e) 利害関係者からのフィードバック */
    INTERESTED_PARTY_FEEDBACK,
    /** f) リスクアセスメントの結果及びリスク対応計画の状況 */
    RISK_ASSESSMENT,
    /** g) 継続的改善の機会 */
    IMPROVEMENT_OPPORTUNITIES;

    /** The bundle key of the input's name, e.g. {@code review.input.AUDIT_RESULTS}. */
    public String messageKey() {
        return "review.input." + name();
    }
}
