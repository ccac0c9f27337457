package jp.isms.asset.application;

import java.util.List;

/**
 * What an import did: with no errors, how many assets it created and how many existing ones (same asset
 * number) it updated; with errors, nothing was written and the errors say why.
 */
public record AssetImportOutcome(int created, int updated, List<ImportError> errors) {

    public AssetImportOutcome {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
