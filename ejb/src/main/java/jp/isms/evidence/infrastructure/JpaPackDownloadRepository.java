package jp.isms.evidence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.isms.evidence.domain.PackDownload;
import jp.isms.evidence.domain.PackDownloadRepository;

@ApplicationScoped
public class JpaPackDownloadRepository implements PackDownloadRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(PackDownload download) {
        em.persist(download);
    }

    @Override
    public List<PackDownload> latest(int max) {
        return em.createQuery("select d from PackDownload d order by d.downloadedAt desc, d.id desc", PackDownload.class)
                .setMaxResults(max).getResultList();
    }
}
