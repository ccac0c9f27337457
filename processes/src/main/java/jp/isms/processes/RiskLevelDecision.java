package jp.isms.processes;

/**
 * Identifiers of the decision {@value #DECISION_KEY} (リスクレベル判定,
 * {@value #RESOURCE}).
 *
 * <p>This class exists so that every name shared between the DMN decision table and Java code
 * is written down in exactly one place: decision key, input variable names, the method
 * values, output names and output values. The decision tests check that these constants
 * match the model, so a rename in the table without a rename here breaks the build instead of
 * the running application.
 *
 * <h2>Table (default thresholds, hit policy UNIQUE, FEEL)</h2>
 * <pre>
 * method                      score    level   action  acceptedBy
 * multiplicative   (L × I)    1–6      LOW     accept  dept-head
 *                             7–14     MEDIUM  treat   ciso
 *                             15–25    HIGH    treat   top-management
 * additive         (L + I)    2–4      LOW     accept  dept-head
 *                             5        MEDIUM  accept  ciso
 *                             6        MEDIUM  treat   ciso            (a sum of 6 or more is treated)
 *                             7–10     HIGH    treat   top-management
 * asset-threat-vulnerability  1–6      LOW     accept  dept-head       (products 1, 2, 3, 4, 6)
 *   (A × T × V)               7–12     MEDIUM  treat   ciso            (products 8, 9, 12)
 *                             13–27    HIGH    treat   top-management  (products 18, 27)
 * </pre>
 * Every integer of a method's range is covered, also those that no combination of factors
 * produces (e.g. 7 for likelihood × impact), so that a threshold is one boundary to move.
 * The multiplicative rows are those of the domain's {@code RiskMatrix} (medium from 7, high
 * from 15); for asset × threat × vulnerability the impossible scores 7 and 13–17 belong to
 * the higher level (the safe side).
 *
 * <h2>Contract with the application</h2>
 * <ul>
 *   <li>Evaluate with {@code DecisionService.evaluateDecisionTableByKey(DECISION_KEY, variables)}
 *       and the variables {@link #INPUT_METHOD} (one of the {@code METHOD_*} values,
 *       {@link String}) and {@link #INPUT_SCORE} ({@link Integer}).</li>
 *   <li>A valid input matches exactly one rule; the result holds {@link #OUTPUT_LEVEL}
 *       ({@code LEVEL_*}), {@link #OUTPUT_ACTION} ({@code ACTION_*}) and
 *       {@link #OUTPUT_ACCEPTED_BY} (a candidate group, {@code GROUP_*}).</li>
 *   <li>A score outside the method's range ({@code *_MIN_SCORE}..{@code *_MAX_SCORE}), a
 *       missing score or an unknown method matches <em>no</em> rule: the result list is empty
 *       and {@code getSingleResult()} is {@code null}. The application must treat an empty
 *       result as an invalid score (refuse it with a validation error and store nothing),
 *       never as a default level.</li>
 *   <li>Two matching rules (an overlap introduced by editing the table) make the evaluation
 *       throw ({@code DmnHitPolicyException}), so a wrong table is noticed, not half-applied.</li>
 *   <li>The thresholds are data: the CISO edits them later, which deploys a new version of the
 *       decision. Each assessment records the decision definition (id, i.e. key and version) it
 *       was scored with and re-evaluates with that version; a new version never rescores an
 *       approved assessment.</li>
 * </ul>
 */
public final class RiskLevelDecision {

    // ---------------------------------------------------------------- decision

    /** Decision definition key. */
    public static final String DECISION_KEY = "risk-level";

    /** Classpath resource name of the DMN model. */
    public static final String RESOURCE = ProcessResources.DECISIONS_FOLDER + "risk-level.dmn";

    // ---------------------------------------------------------------- inputs (variable names)

    /** Input: the risk method ({@link String}), one of the {@code METHOD_*} values. */
    public static final String INPUT_METHOD = "method";

    /** Input: the score the method computed ({@link Integer}). */
    public static final String INPUT_SCORE = "score";

    // ---------------------------------------------------------------- methods and their score ranges

    /** Likelihood × impact on a 5 × 5 grid (default method). */
    public static final String METHOD_MULTIPLICATIVE = "multiplicative";

    /** Likelihood + impact (1–5 each). */
    public static final String METHOD_ADDITIVE = "additive";

    /** Asset value × threat × vulnerability (1–3 each). */
    public static final String METHOD_ASSET_THREAT_VULNERABILITY = "asset-threat-vulnerability";

    /** Lowest score of {@link #METHOD_MULTIPLICATIVE} (1 × 1). */
    public static final int MULTIPLICATIVE_MIN_SCORE = 1;

    /** Highest score of {@link #METHOD_MULTIPLICATIVE} (5 × 5). */
    public static final int MULTIPLICATIVE_MAX_SCORE = 25;

    /** Lowest score of {@link #METHOD_ADDITIVE} (1 + 1). */
    public static final int ADDITIVE_MIN_SCORE = 2;

    /** Highest score of {@link #METHOD_ADDITIVE} (5 + 5). */
    public static final int ADDITIVE_MAX_SCORE = 10;

    /** Lowest score of {@link #METHOD_ASSET_THREAT_VULNERABILITY} (1 × 1 × 1). */
    public static final int ASSET_THREAT_VULNERABILITY_MIN_SCORE = 1;

    /** Highest score of {@link #METHOD_ASSET_THREAT_VULNERABILITY} (3 × 3 × 3). */
    public static final int ASSET_THREAT_VULNERABILITY_MAX_SCORE = 27;

    // ---------------------------------------------------------------- outputs (result entry names)

    /** Output: the risk level, one of the {@code LEVEL_*} values. */
    public static final String OUTPUT_LEVEL = "level";

    /** Output: the required action, {@link #ACTION_ACCEPT} or {@link #ACTION_TREAT}. */
    public static final String OUTPUT_ACTION = "action";

    /** Output: candidate group that must accept a residual risk of this level, one of the {@code GROUP_*} values. */
    public static final String OUTPUT_ACCEPTED_BY = "acceptedBy";

    // ---------------------------------------------------------------- output values

    /** Level 低 (the names of the domain's {@code RiskLevel} constants). */
    public static final String LEVEL_LOW = "LOW";

    /** Level 中. */
    public static final String LEVEL_MEDIUM = "MEDIUM";

    /** Level 高. */
    public static final String LEVEL_HIGH = "HIGH";

    /** The risk may be accepted without treatment. */
    public static final String ACTION_ACCEPT = "accept";

    /** The risk must be treated (reduce, avoid or transfer). */
    public static final String ACTION_TREAT = "treat";

    /** Accepts residual risks of level {@link #LEVEL_HIGH} (same group as in {@link RiskAssessmentApproval}). */
    public static final String GROUP_TOP_MANAGEMENT = RiskAssessmentApproval.GROUP_TOP_MANAGEMENT;

    /** Accepts residual risks of level {@link #LEVEL_MEDIUM}. */
    public static final String GROUP_CISO = RiskAssessmentApproval.GROUP_CISO;

    /** Accepts residual risks of level {@link #LEVEL_LOW}: the department head as risk owner. */
    public static final String GROUP_DEPT_HEAD = "dept-head";

    private RiskLevelDecision() {
    }
}
