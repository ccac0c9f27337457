package jp.isms.asset.application;

/**
 * What an import accepts at most. A larger file is refused before anything is parsed; reading stops at the
 * first row over the limit and after {@code maxErrors} errors (the user fixes those first).
 */
public record ImportLimits(long maxBytes, int maxRows, int maxErrors) {

    public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024, 100_000, 1_000);

    public ImportLimits {
        if (maxBytes < 1 || maxRows < 1 || maxErrors < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
