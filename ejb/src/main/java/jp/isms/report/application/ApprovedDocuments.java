package jp.isms.report.application;

import java.util.Optional;

/**
 * One kind of approved document that top management's authorisation of the ISMS attaches. Each kind is a
 * CDI bean in the context that owns the document; the authorisation attaches the current approved document
 * of every kind there is, so adding a kind (e.g. the scope document) is adding one bean and its bundle key
 * {@code report.kind.<KIND>}.
 */
public interface ApprovedDocuments {

    String kind();

    /** Where the kind stands in lists: lower first. */
    int order();

    /** The approved document in force now, if there is one. */
    Optional<DocumentRef> current();
}
