package jp.isms.evidence.domain;

import java.util.List;

/** The log of packs handed out. */
public interface PackDownloadRepository {

    void add(PackDownload download);

    /** The newest first, at most {@code max}. */
    List<PackDownload> latest(int max);
}
