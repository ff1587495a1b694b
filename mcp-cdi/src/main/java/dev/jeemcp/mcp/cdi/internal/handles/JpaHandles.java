package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.HandleRecord;
import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.cdi.internal.store.TelemetryOnFirstUse;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import dev.jeemcp.mcp.handles.HandleExpiredException;
import dev.jeemcp.mcp.handles.HandleLimitException;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import dev.jeemcp.mcp.handles.Handles;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import dev.jeemcp.mcp.spi.StoredRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link Handles} on JPA, in the application's persistence unit. A read is one SELECT by primary key, with tenant
 * and expiry checked in Java so that "not yours" and "missing" cannot be told apart while "expired" can; an update is
 * one bulk UPDATE guarded by id, version and tenant, so a lost update is impossible and a conflict costs nothing.
 *
 * <p>Its work joins the caller's transaction, or runs in one of its own ({@link OwnTransaction}) when the caller has
 * none.
 */
@ApplicationScoped
public class JpaHandles implements Handles {

    /** Expired rows stay this long, so that their ids answer "expired" rather than "not found", then go. */
    static final Duration PURGE_GRACE = Duration.ofDays(1);
    static final int LIST_LIMIT = 100;
    /** The library's own rows in the handle table (see {@code JpaSingleUseStates}): a dot no handle kind can hold. */
    private static final String INTERNAL_KINDS = "jeemcp.%";
    static final String MAX_BYTES = "mcp.handleMaxBytes";
    static final String QUOTA = "mcp.handleQuota";
    static final long DEFAULT_MAX_BYTES = 64 * 1024;

    @Inject
    Instance<EntityManager> entityManagers;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    @Inject
    Instance<ServletContext> servletContext;

    @Inject
    OwnTransaction ownTransaction;

    /** Decided on first use, as the servlet context is there by then. */
    private final TelemetryOnFirstUse telemetry = new TelemetryOnFirstUse();

    private final Jsonb jsonb = JsonbBuilder.create();
    private Clock clock = Clock.systemUTC();
    private volatile long[] limits;
    /**
     * Whether the handle table has been used on this instance since it started. Only then does the scheduled purge
     * visit it: an application with a persistence unit that never stores a handle need not have created
     * {@code MCP_HANDLE}, and must not find an SQL error in its log every few minutes.
     */
    private volatile boolean used;

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
        HandleRecord row = new HandleRecord(info.newId(), info.kind(), caller.tenant(), caller.name(), payload(info, value), now, expires);
        transaction(em -> {
            checkQuota(em, caller.tenant(), now);
            em.persist(row);
            em.flush(); // assigns the version, which providers start at different numbers
            return null;
        });
        return new Handle<>(row.id(), info.kind(), value, row.version(), Instant.ofEpochMilli(expires));
    }

    @Override
    public <T> Handle<T> find(String id, Class<T> type) {
        HandleKinds.Info info = HandleKinds.of(type);
        if (!info.owns(id)) {
            throw new HandleNotFoundException(String.valueOf(id));
        }
        String tenant = caller().tenant();
        HandleRecord row = transaction(em -> Transactions.findFresh(em, HandleRecord.class, id));
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
        String payload = payload(info, newValue);
        String tenant = caller().tenant();
        int updated = transaction(em -> em.createQuery("UPDATE HandleRecord h SET h.payload = :payload,"
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
            telemetry().handleConflict();
            throw new HandleConflictException(current.id());
        }
        return new Handle<>(current.id(), current.kind(), newValue, current.version() + 1, Instant.ofEpochMilli(expires));
    }

    @Override
    public void delete(Handle<?> current) {
        String tenant = caller().tenant();
        int deleted = transaction(em -> em.createQuery(
                        "DELETE FROM HandleRecord h WHERE h.id = :id AND h.version = :version AND h.tenant = :tenant")
                .setParameter("id", current.id())
                .setParameter("version", current.version())
                .setParameter("tenant", tenant)
                .executeUpdate());
        if (deleted == 0) {
            telemetry().handleConflict();
            throw new HandleConflictException(current.id());
        }
    }

    @Override
    public <T> List<Handle<T>> list(Class<T> type) {
        HandleKinds.Info info = HandleKinds.of(type);
        String tenant = caller().tenant();
        if (DefaultTenantResolver.ANONYMOUS.equals(tenant)) {
            // Every anonymous caller shares that tenant: a list would show each one the others' handles.
            throw new NoTenantException("Anonymous callers cannot list what is stored: authenticate to see your own");
        }
        long now = clock.millis();
        List<HandleRecord> rows = transaction(em -> {
            List<HandleRecord> found = em.createQuery("SELECT h FROM HandleRecord h WHERE h.tenant = :tenant AND h.kind = :kind"
                            + " AND h.expiresAt > :now ORDER BY h.updatedAt DESC, h.id DESC", HandleRecord.class)
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

    /** Whether the application gives the store an entity manager; without one there are no handles to list. */
    public boolean isConfigured() {
        return ApplicationBeans.get(EntityManager.class, entityManagers) != null;
    }

    /**
     * A page of the current caller's own live handles in its tenant, of every kind, newest first, without their
     * values: for the browser console. Only the caller's own: a handle id is an access key within the tenant, so a
     * list of a colleague's would hand over their handles. Never the library's own rows in the table (single-use
     * {@code requestState}s, kind {@code jeemcp.…}), which no {@code @HandleKind} can be. Empty for an anonymous
     * caller, like {@link #list}.
     */
    public List<StoredRow> rowsOfCaller(int offset, int limit) {
        Caller caller;
        try {
            caller = caller();
        } catch (NoTenantException e) {
            return List.of();
        }
        if (DefaultTenantResolver.ANONYMOUS.equals(caller.tenant())) {
            return List.of();
        }
        long now = clock.millis();
        List<Object[]> found = transaction(em -> em.createQuery("SELECT h.id, h.kind, h.createdAt, h.updatedAt,"
                        + " h.expiresAt FROM HandleRecord h WHERE h.tenant = :tenant AND h.owner = :owner"
                        + " AND h.kind NOT LIKE :internal AND h.expiresAt > :now ORDER BY h.updatedAt DESC, h.id DESC",
                        Object[].class)
                .setParameter("tenant", caller.tenant())
                .setParameter("owner", caller.name())
                .setParameter("internal", INTERNAL_KINDS)
                .setParameter("now", now)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
        return found.stream().map(row -> new StoredRow((String) row[0], (String) row[1], null, instant(row[2]),
                instant(row[3]), instant(row[4]))).toList();
    }

    private static Instant instant(Object epochMillis) {
        return Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }

    /** The value as JSON, refused when it is larger than {@code mcp.handleMaxBytes} in UTF-8. */
    private String payload(HandleKinds.Info info, Object value) {
        String json = jsonb.toJson(value);
        long max = limits()[0];
        // A UTF-8 character is at most 3 bytes per UTF-16 unit: only long strings need counting.
        if ((long) json.length() * 3 > max) {
            long bytes = json.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > max) {
                throw new HandleLimitException("The " + info.kind() + " value is " + bytes + " bytes of JSON; a handle keeps at most "
                        + max + " (" + MAX_BYTES + ")");
            }
        }
        return json;
    }

    /** Refuses a new handle when the tenant keeps its quota of live ones already (none unless configured). */
    private void checkQuota(EntityManager em, String tenant, long now) {
        long quota = limits()[1];
        if (quota == 0) {
            return;
        }
        long live = em.createQuery("SELECT COUNT(h) FROM HandleRecord h WHERE h.tenant = :tenant AND h.expiresAt > :now", Long.class)
                .setParameter("tenant", tenant)
                .setParameter("now", now)
                .getSingleResult();
        if (live >= quota) {
            throw new HandleLimitException("This tenant keeps " + live + " handles, the most allowed (" + QUOTA + " = " + quota
                    + "); delete some or let them expire");
        }
    }

    private long[] limits() {
        long[] known = limits;
        if (known == null) {
            known = new long[] {StoreSettings.number(servletContext, MAX_BYTES, DEFAULT_MAX_BYTES, 1),
                StoreSettings.number(servletContext, QUOTA, 0, 0)};
            limits = known;
        }
        return known;
    }

    /** For tests: the limits and the telemetry are read again from the settings. */
    void forgetSettings() {
        limits = null;
        telemetry.forget();
    }

    /**
     * Deletes handles of every tenant that expired more than a day ago, and with them the single-use states (which
     * live in the same table); returns how many. The catalog's scheduled purge calls it, without a request.
     */
    public int purgeExpired() {
        long cutoff = clock.millis() - PURGE_GRACE.toMillis();
        return transaction(em -> em.createQuery("DELETE FROM HandleRecord h WHERE h.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    /** Whether the table has been used on this instance (see {@link #used}): the scheduled purge asks. */
    public boolean isInUse() {
        return used;
    }

    /** Notes that the table is in use; the single-use {@code requestState}s, which live in it, call it too. */
    public void markUsed() {
        used = true;
    }

    /**
     * Runs store work in a transaction: the caller's, which it joins with no interceptor in between (a handle call
     * inside a {@code @Transactional} tool is the common case, and paid for a second interceptor on every store call),
     * else one of its own ({@link OwnTransaction}).
     */
    private <T> T transaction(Function<EntityManager, T> work) {
        if (Transactions.needsOneOfItsOwn()) {
            return ownTransaction.run(() -> {
                if (Transactions.needsOneOfItsOwn()) {
                    // Not a loop of retries: the container's @Transactional interceptor is missing (a broken setup).
                    throw new IllegalStateException("The handle store needs a JTA transaction, and @Transactional began none: is"
                            + " the container's transactional interceptor enabled for the library?");
                }
                return inTransaction(work);
            });
        }
        return inTransaction(work);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManager();
        return Transactions.run(em, () -> work.apply(em));
    }

    /**
     * The application's entity manager, reading in the call's JTA transaction, so that a handle's read and its guarded
     * update share one transaction and one connection ({@link Transactions#readingInTransaction}). Only the handle
     * store asks for it: the task and input stores' reads must see other instances' commits (a cancellation, an
     * answer), which a REPEATABLE READ snapshot taken at the tool's first read would hide. Looked up once per request
     * (a read and an update asked for it twice).
     */
    private EntityManager entityManager() {
        used = true;
        return Transactions.readingInTransaction(CurrentRequest.remembered(EntityManager.class,
                () -> ApplicationBeans.entityManager(entityManagers, "Handles")));
    }

    /**
     * The transaction of store work whose caller has none (a tool without {@code @Transactional}, the scheduled
     * purge). The handle exceptions the caller is meant to handle leave it to commit what it did (nothing written).
     */
    @ApplicationScoped
    @Transactional(dontRollbackOn = {HandleNotFoundException.class, HandleExpiredException.class, HandleConflictException.class,
        HandleLimitException.class, NoTenantException.class})
    public static class OwnTransaction {
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    }

    private Caller caller() {
        return Caller.current(tenantResolvers);
    }

    private Telemetry telemetry() {
        return telemetry.get(servletContext);
    }
}
