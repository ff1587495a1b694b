package dev.jeemcp.mcp.handles.internal;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import dev.jeemcp.mcp.handles.HandleExpiredException;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import dev.jeemcp.mcp.handles.Handles;
import dev.jeemcp.mcp.handles.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@link Handles} on JPA, in the application's persistence unit. A read is one SELECT by primary key, with tenant
 * and expiry checked in Java so that "not yours" and "missing" cannot be told apart while "expired" can; an update is
 * one bulk UPDATE guarded by id, version and tenant, so a lost update is impossible and a conflict costs nothing.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {HandleNotFoundException.class, HandleExpiredException.class, HandleConflictException.class})
public class JpaHandles implements Handles {

    /** Expired rows stay this long, so that their ids answer "expired" rather than "not found", then go. */
    static final Duration PURGE_GRACE = Duration.ofDays(1);
    /** How often one instance purges, at most. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);
    static final int LIST_LIMIT = 100;

    @Inject
    Instance<EntityManager> entityManagers;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    @Inject
    Instance<Principal> principals;

    private final Jsonb jsonb = JsonbBuilder.create();
    private Clock clock = Clock.systemUTC();
    private volatile long nextPurge;

    /** For tests of expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <T> Handle<T> create(T value) {
        HandleKinds.Info info = HandleKinds.of(value.getClass());
        Caller caller = caller();
        long now = clock.millis();
        long expires = now + info.ttl().toMillis();
        HandleRecord row = new HandleRecord(info.newId(), info.kind(), caller.tenant(), caller.name(), jsonb.toJson(value), now, expires);
        EntityManager em = entityManager();
        Transactions.run(em, () -> {
            em.persist(row);
            em.flush(); // assigns the version, which providers start at different numbers
            return null;
        });
        purgeIfDue(now);
        return new Handle<>(row.id(), info.kind(), value, row.version(), Instant.ofEpochMilli(expires));
    }

    @Override
    public <T> Handle<T> find(String id, Class<T> type) {
        HandleKinds.Info info = HandleKinds.of(type);
        if (!info.owns(id)) {
            throw new HandleNotFoundException(String.valueOf(id));
        }
        String tenant = caller().tenant();
        HandleRecord row = Transactions.findFresh(entityManager(), HandleRecord.class, id);
        if (row == null || !row.tenant().equals(tenant) || !row.kind().equals(info.kind())) {
            throw new HandleNotFoundException(id);
        }
        if (row.expiresAt() <= clock.millis()) {
            throw new HandleExpiredException(id);
        }
        return new Handle<>(id, info.kind(), jsonb.fromJson(row.payload(), type), row.version(), Instant.ofEpochMilli(row.expiresAt()));
    }

    @Override
    public <T> Handle<T> update(Handle<T> current, T newValue) {
        HandleKinds.Info info = HandleKinds.of(newValue.getClass());
        if (!info.kind().equals(current.kind())) {
            throw new IllegalArgumentException("a " + current.kind() + " handle cannot hold a " + newValue.getClass().getName());
        }
        long now = clock.millis();
        long expires = now + info.ttl().toMillis();
        String payload = jsonb.toJson(newValue);
        String tenant = caller().tenant();
        EntityManager em = entityManager();
        int updated = Transactions.run(em, () -> em.createQuery("UPDATE HandleRecord h SET h.payload = :payload,"
                        + " h.version = h.version + 1, h.updatedAt = :now, h.expiresAt = :expires"
                        + " WHERE h.id = :id AND h.version = :version AND h.tenant = :tenant AND h.expiresAt > :now")
                .setParameter("payload", payload)
                .setParameter("now", now)
                .setParameter("expires", expires)
                .setParameter("id", current.id())
                .setParameter("version", current.version())
                .setParameter("tenant", tenant)
                .executeUpdate());
        if (updated == 0) {
            // Changed, deleted or expired since it was read: reading it again tells which.
            throw new HandleConflictException(current.id());
        }
        return new Handle<>(current.id(), current.kind(), newValue, current.version() + 1, Instant.ofEpochMilli(expires));
    }

    @Override
    public void delete(Handle<?> current) {
        String tenant = caller().tenant();
        EntityManager em = entityManager();
        int deleted = Transactions.run(em, () -> em.createQuery(
                        "DELETE FROM HandleRecord h WHERE h.id = :id AND h.version = :version AND h.tenant = :tenant")
                .setParameter("id", current.id())
                .setParameter("version", current.version())
                .setParameter("tenant", tenant)
                .executeUpdate());
        if (deleted == 0) {
            throw new HandleConflictException(current.id());
        }
    }

    @Override
    public <T> List<Handle<T>> list(Class<T> type) {
        HandleKinds.Info info = HandleKinds.of(type);
        String tenant = caller().tenant();
        long now = clock.millis();
        EntityManager em = entityManager();
        List<HandleRecord> rows = Transactions.run(em, () -> {
            List<HandleRecord> found = em.createQuery("SELECT h FROM HandleRecord h WHERE h.tenant = :tenant AND h.kind = :kind"
                            + " AND h.expiresAt > :now ORDER BY h.updatedAt DESC, h.id", HandleRecord.class)
                    .setParameter("tenant", tenant)
                    .setParameter("kind", info.kind())
                    .setParameter("now", now)
                    .setMaxResults(LIST_LIMIT)
                    .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                    .getResultList();
            found.forEach(em::detach);
            return found;
        });
        return rows.stream().map(row -> new Handle<>(row.id(), row.kind(), jsonb.fromJson(row.payload(), type), row.version(),
                Instant.ofEpochMilli(row.expiresAt()))).toList();
    }

    /** Deletes handles of every tenant that expired more than a day ago; returns how many. */
    public int purgeExpired() {
        long cutoff = clock.millis() - PURGE_GRACE.toMillis();
        EntityManager em = entityManager();
        return Transactions.run(em, () -> em.createQuery("DELETE FROM HandleRecord h WHERE h.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    /** Purges at most every ten minutes per instance, piggybacking on writes: no timer, no extra thread. */
    private void purgeIfDue(long now) {
        if (now >= nextPurge) {
            nextPurge = now + PURGE_INTERVAL.toMillis();
            purgeExpired();
        }
    }

    private EntityManager entityManager() {
        return ApplicationBeans.entityManager(entityManagers, "Handles");
    }

    private Caller caller() {
        return Caller.current(tenantResolvers, principals);
    }
}
