package jp.isms.asset.domain;

import jp.isms.shared.domain.IsmsException;

/**
 * The company's configured valuation: the scale of the C/I/A values (1 to {@link #maxLevel()}, 3 by
 * default) and the rule that turns them into the asset value. A later issue stores it per company and
 * versions it; an asset keeps the value it was given.
 *
 * @param maxLevel the highest C/I/A value, 2 to 5
 * @param rule     how the asset value is derived
 */
public record AssetValuation(int maxLevel, AssetValueRule rule) {

    public static final int MIN_LEVEL = 1;
    public static final AssetValuation DEFAULT = new AssetValuation(3, AssetValueRule.MAX);

    public AssetValuation {
        if (maxLevel < 2 || maxLevel > 5) {
            throw IsmsException.invalid("asset.valuation.scaleInvalid", maxLevel);
        }
        if (rule == null) {
            throw IsmsException.invalid("validation.required", "asset.valuation.rule");
        }
    }

    /** Refuses a C, I or A value off the scale; {@code field} is the message key of the value's name. */
    public int checkLevel(String field, int level) {
        if (level < MIN_LEVEL || level > maxLevel) {
            throw IsmsException.invalid("asset.levelOutOfRange", field, MIN_LEVEL, maxLevel);
        }
        return level;
    }

    public int value(int confidentiality, int integrity, int availability) {
        checkLevel("asset.confidentiality", confidentiality);
        checkLevel("asset.integrity", integrity);
        checkLevel("asset.availability", availability);
        return rule.value(confidentiality, integrity, availability);
    }
}
