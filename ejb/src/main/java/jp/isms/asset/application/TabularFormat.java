package jp.isms.asset.application;

import java.util.Locale;
import java.util.Optional;

/** The file formats of import and export. */
public enum TabularFormat {
    XLSX("xlsx"), CSV("csv");

    private final String extension;

    TabularFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name claims; what the file really is gets checked against its content. */
    public static Optional<TabularFormat> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        for (TabularFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
