package io.labelforce.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The HQL is assembled from fixed fragments only (the sort property and direction are chosen from a closed
 * set); every value is a bound parameter. {@code status <> 3} is a literal so that the partial indexes apply.
 */
class WorkerPagesImpl implements WorkerPages {

    private final EntityManager entityManager;

    WorkerPagesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<WorkerEntity> findActive(WorkerFilter filter, Pageable pageable) {
        String where = where(filter, "x");
        String direction = filter.descending() ? " desc" : " asc";
        String property = "email".equals(filter.sortBy()) ? "email" : "createTime";
        String orderX = " order by x." + property + direction + ", x.id" + direction;
        String orderW = " order by w." + property + direction + ", w.id" + direction;
        TypedQuery<WorkerEntity> page = entityManager.createQuery(
                "select w from WorkerEntity w where w.id in"
                        + " (select x.id from WorkerEntity x" + where + orderX
                        + " offset :offset rows fetch first :limit rows only)" + orderW,
                WorkerEntity.class);
        bind(page, filter);
        page.setParameter("offset", (int) pageable.getOffset());
        page.setParameter("limit", pageable.getPageSize());
        List<WorkerEntity> content = page.getResultList();
        return PageableExecutionUtils.getPage(content, pageable, () -> {
            TypedQuery<Long> count =
                    entityManager.createQuery("select count(x.id) from WorkerEntity x" + where, Long.class);
            bind(count, filter);
            return count.getSingleResult();
        });
    }

    private static String where(WorkerFilter filter, String alias) {
        StringBuilder where = new StringBuilder(" where ")
                .append(alias)
                .append(".projectId = :projectId and ")
                .append(alias)
                .append(".status <> 3");
        if (filter.workforceId() != null) {
            where.append(" and ").append(alias).append(".workforceId = :workforceId");
        }
        if (filter.role() != null) {
            where.append(" and ").append(alias).append(".role = :role");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, WorkerFilter filter) {
        query.setParameter("projectId", filter.projectId());
        if (filter.workforceId() != null) {
            query.setParameter("workforceId", filter.workforceId());
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
    }
}
