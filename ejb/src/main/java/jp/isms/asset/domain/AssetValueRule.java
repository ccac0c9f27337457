package jp.isms.asset.domain;

/**
 * How the asset value follows from the C/I/A values. {@link #MAX} (the highest of the three) is the
 * default and the usual choice of Japanese ISMS guides (an asset is as valuable as its most critical
 * property); {@link #SUM} (C + I + A) spreads assets over a wider range when a company wants finer ranks.
 */
public enum AssetValueRule {
    MAX {
        @Override
        public int value(int confidentiality, int integrity, int availability) {
            return Math.max(confidentiality, Math.max(integrity, availability));
        }

        @Override
        public int highest(int maxLevel) {
            return maxLevel;
        }
    },
    SUM {
        @Override
        public int value(int confidentiality, int integrity, int availability) {
            return confidentiality + integrity + availability;
        }

        @Override
        public int highest(int maxLevel) {
            return 3 * maxLevel;
        }
    };

    public abstract int value(int confidentiality, int integrity, int availability);

    /** The highest asset value this rule gives on a scale of 1 to {@code maxLevel}. */
    public abstract int highest(int maxLevel);
}
