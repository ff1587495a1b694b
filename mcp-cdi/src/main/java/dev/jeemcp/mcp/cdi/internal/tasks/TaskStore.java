package dev.jeemcp.mcp.cdi.internal.tasks;

import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.cdi.internal.handles.JpaHandles;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.spi.StoredRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Task rows on JPA, in the application's persistence unit. Every change of status is one UPDATE guarded by what the
 * writer knows (the run that owns the task, or the version it read), so two instances can never both take over a
 * task, and a run that lost its task cannot overwrite what the new owner wrote. Reads check tenant and expiry the
 * way the handle store does: another tenant's task and a missing one look alike.
 */
@ApplicationScoped
@Transactional
public class TaskStore {

    public static final String WORKING = "WORKING";
    /** How long after its expiry a task row is kept at least: more than instances' clocks differ. */
    static final long PURGE_GRACE_MS = 60_000;
    public static final String INPUT_REQUIRED = "INPUT_REQUIRED";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    private static final int ID_BYTES = 16;
    /**
     * A new working task, in SQL every supported database reads alike; {@code CURRENT_TIMESTAMP(6)} is the database's
     * time with the microseconds that Hibernate's own {@code CURRENT_TIMESTAMP} keeps on MariaDB (the plain form
     * would be whole seconds there). The version starts at 0 as Hibernate starts it (nothing relies on its first value).
     */
    private static final String INSERT = "INSERT INTO MCP_TASK (ID, TENANT, OWNER, TOOL, REQUEST, STATUS, RUNNER, HEARTBEAT_AT,"
            + " CANCEL_REQUESTED_AT, POLL_INTERVAL_MS, VERSION, CREATED_AT, UPDATED_AT, EXPIRES_AT)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6), 0, ?, 0, ?, ?, ?)";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Instance<EntityManager> entityManagers;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    /** The most tasks a tenant may have working or waiting for input at once. */
    static final String MAX_OPEN = "mcp.maxOpenTasks";
    static final long DEFAULT_MAX_OPEN = 100;

    @Inject
    Instance<ServletContext> servletContext;

    private Clock clock = Clock.systemUTC();
    private volatile long maxOpen = -1;

    /** For tests of expiry and heartbeats. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Whether the application gives the store an entity manager; without one there are no tasks. */
    public boolean isConfigured() {
        return ApplicationBeans.get(EntityManager.class, entityManagers) != null;
    }

    public long now() {
        return clock.millis();
    }

    /** The caller of the current request, as the owner of a task it starts. */
    public Caller caller() {
        return Caller.current(tenantResolvers);
    }

    /**
     * Stores a new working task of the caller, owned by the run {@code runner}.
     *
     * @throws McpUnavailableException when the caller's tenant has {@code mcp.maxOpenTasks} open tasks already
     */
    public TaskRecord create(String tool, String request, String runner, Duration ttl, Duration pollInterval) {
        long now = now();
        Caller caller = caller();
        TaskRecord row = new TaskRecord(newId(), caller, tool, request, runner, pollInterval.toMillis(), now, now + ttl.toMillis());
        EntityManager em = entityManager();
        Transactions.run(em, () -> {
            long open = em.createQuery("SELECT COUNT(t) FROM TaskRecord t WHERE t.tenant = :tenant AND t.expiresAt > :now"
                            + " AND (t.status = :working OR t.status = :waiting)", Long.class)
                    .setParameter("tenant", caller.tenant()).setParameter("now", now)
                    .setParameter("working", WORKING).setParameter("waiting", INPUT_REQUIRED)
                    .getSingleResult();
            long limit = maxOpen();
            if (open >= limit) {
                throw new McpUnavailableException("Too many open tasks: this tenant has " + open + " working or waiting for input,"
                        + " the most allowed (" + MAX_OPEN + " = " + limit + "); retry when some have finished");
            }
            // One INSERT that stamps the heartbeat with the database's time. Persisting the entity took a flush and an
            // UPDATE of HEARTBEAT_AT after it (JPQL has no INSERT ... VALUES): a statement more on every task created.
            em.createNativeQuery(INSERT)
                    .setParameter(1, row.id()).setParameter(2, caller.tenant()).setParameter(3, caller.name())
                    .setParameter(4, row.tool()).setParameter(5, row.request()).setParameter(6, row.status())
                    .setParameter(7, runner).setParameter(8, row.pollIntervalMs()).setParameter(9, now)
                    .setParameter(10, now).setParameter(11, row.expiresAt())
                    .executeUpdate();
            return null;
        });
        return row;
    }

    /** The caller's task, if it exists and has not expired; none for a caller without a tenant. */
    public Optional<TaskRecord> find(String id) {
        String tenant;
        try {
            tenant = caller().tenant();
        } catch (NoTenantException e) {
            return Optional.empty();
        }
        return load(id).filter(row -> row.tenant().equals(tenant) && row.expiresAt() > now());
    }

    /**
     * A page of the tasks of the current caller's tenant that have not expired, newest first, without their requests
     * and outcomes: for the browser console. Only those the caller may look up with {@code tasks/get}: its own tasks
     * of the tools in {@code ownTools}, and anyone's of the tools in {@code sharedTools}. Empty for a caller without
     * a tenant, and for anonymous callers.
     */
    public List<StoredRow> rowsOfTenant(Collection<String> ownTools, Collection<String> sharedTools, int offset, int limit) {
        Caller caller;
        try {
            caller = caller();
        } catch (NoTenantException e) {
            return List.of();
        }
        if (DefaultTenantResolver.ANONYMOUS.equals(caller.tenant()) || ownTools.isEmpty() && sharedTools.isEmpty()) {
            return List.of();
        }
        EntityManager em = entityManager();
        List<Object[]> found = Transactions.run(em, () -> em.createQuery("SELECT t.id, t.tool, t.status, t.createdAt,"
                        + " t.updatedAt, t.expiresAt FROM TaskRecord t WHERE t.tenant = :tenant AND t.expiresAt > :now"
                        + " AND ((t.owner = :owner AND t.tool IN :own) OR t.tool IN :shared)"
                        + " ORDER BY t.createdAt DESC, t.id", Object[].class)
                .setParameter("tenant", caller.tenant())
                .setParameter("owner", caller.name())
                // An empty IN list is not valid JPQL everywhere; no tool is named "".
                .setParameter("own", ownTools.isEmpty() ? List.of("") : ownTools)
                .setParameter("shared", sharedTools.isEmpty() ? List.of("") : sharedTools)
                .setParameter("now", now())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
        return found.stream().map(row -> new StoredRow((String) row[0], (String) row[1], (String) row[2],
                instant(row[3]), instant(row[4]), instant(row[5]))).toList();
    }

    private static Instant instant(Object epochMillis) {
        return Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }

    /**
     * The task, whoever owns it, without its request (see {@link TaskRecord#request()}); it carries the database's
     * time of the read. The columns are read as values, not as an entity: a poll is this one read, and building,
     * registering and detaching a managed entity for it was most of what the provider spent on it.
     */
    public Optional<TaskRecord> load(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        EntityManager em = entityManager();
        return Transactions.run(em, () -> {
            List<Object[]> found = em.createQuery("SELECT t.id, t.tenant, t.owner, t.tool, t.status, t.statusMessage,"
                            + " t.outcome, t.runner, t.heartbeatAt, t.cancelRequestedAt, t.pollIntervalMs, t.version,"
                            + " t.createdAt, t.updatedAt, t.expiresAt, CURRENT_TIMESTAMP FROM TaskRecord t WHERE t.id = :id",
                            Object[].class)
                    .setParameter("id", id)
                    .getResultList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Object[] columns = found.get(0);
            return Optional.of(new TaskRecord(columns, epochMillis(columns[15])));
        });
    }

    /**
     * The stored request of a task read with {@link #load}, if the task is still at the version read: the request
     * belongs to that version, and every change of a task's request moves its version on (a caller whose row is
     * outdated has lost a race, as its guarded update would). Package-private: it trusts its caller to have checked
     * the row's owner, as {@link CdiTasks} does before it answers or takes over a task; the tenant it checks again.
     */
    Optional<String> request(TaskRecord row) {
        EntityManager em = entityManager();
        String tenant = caller().tenant(); // the caller's, again: a row of another tenant gives nothing, whoever passed it
        return Transactions.run(em, () -> em.createQuery("SELECT t.request FROM TaskRecord t WHERE t.id = :id AND t.version = :version"
                                + " AND t.tenant = :tenant", String.class)
                .setParameter("id", row.id())
                .setParameter("tenant", tenant)
                .setParameter("version", row.version())
                .getResultList()
                .stream()
                .findFirst());
    }

    /** {@code CURRENT_TIMESTAMP} as the provider returns it (a {@code Timestamp} on both EclipseLink and Hibernate). */
    private static long epochMillis(Object timestamp) {
        if (timestamp instanceof java.util.Date date) {
            return date.getTime();
        } else if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant().toEpochMilli();
        } else if (timestamp instanceof java.time.Instant instant) {
            return instant.toEpochMilli();
        } else if (timestamp instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).getTime(); // as a Timestamp column is read: in this JVM's zone
        }
        throw new IllegalStateException("CURRENT_TIMESTAMP came back as " + timestamp);
    }

    /** The run is alive. {@code false} when it no longer owns a working task that has not expired (or the row is gone). */
    public boolean heartbeat(String id, String runner) {
        long now = now();
        return update("UPDATE TaskRecord t SET t.heartbeatAt = CURRENT_TIMESTAMP WHERE t.id = :id AND t.runner = :runner"
                        + " AND t.status = :working AND t.expiresAt > :now",
                query -> query.setParameter("now", now).setParameter("id", id).setParameter("runner", runner)
                        .setParameter("working", WORKING));
    }

    /** Ends the run's task with a final status; {@code false} when the run no longer owns it. */
    public boolean finish(String id, String runner, String status, String message, String outcome) {
        return update("UPDATE TaskRecord t SET t.status = :status, t.statusMessage = :message, t.outcome = :outcome,"
                        + " t.runner = NULL, t.updatedAt = :now, t.version = t.version + 1"
                        + " WHERE t.id = :id AND t.runner = :runner AND t.status = :working",
                query -> query.setParameter("status", status).setParameter("message", message).setParameter("outcome", outcome)
                        .setParameter("now", now()).setParameter("id", id).setParameter("runner", runner)
                        .setParameter("working", WORKING));
    }

    /** The run stops to wait for the client's input; the request it will run again with is stored. */
    public boolean awaitInput(String id, String runner, String inputRequests, String request) {
        return update("UPDATE TaskRecord t SET t.status = :waiting, t.outcome = :requests, t.request = :request,"
                        + " t.runner = NULL, t.updatedAt = :now, t.version = t.version + 1"
                        + " WHERE t.id = :id AND t.runner = :runner AND t.status = :working",
                query -> query.setParameter("waiting", INPUT_REQUIRED).setParameter("requests", inputRequests)
                        .setParameter("request", request).setParameter("now", now()).setParameter("id", id)
                        .setParameter("runner", runner).setParameter("working", WORKING));
    }

    /**
     * A task waiting for input, at the version read and not expired, keeps waiting for fewer requests, with the
     * answers so far.
     */
    public boolean recordAnswers(String id, long version, String remainingRequests, String request) {
        return update("UPDATE TaskRecord t SET t.outcome = :requests, t.request = :request, t.updatedAt = :now,"
                        + " t.version = t.version + 1 WHERE t.id = :id AND t.version = :version AND t.status = :waiting"
                        + " AND t.expiresAt > :now",
                query -> query.setParameter("requests", remainingRequests).setParameter("request", request)
                        .setParameter("now", now()).setParameter("id", id).setParameter("version", version)
                        .setParameter("waiting", INPUT_REQUIRED));
    }

    /**
     * A task waiting for input, at the version read and not expired, works again under {@code runner} with the new
     * request. The expiry is checked here, not only by the read before: a task may run out in between.
     */
    public boolean resume(String id, long version, String request, String runner) {
        long now = now();
        return update("UPDATE TaskRecord t SET t.status = :working, t.outcome = NULL, t.request = :request, t.runner = :runner,"
                        + " t.heartbeatAt = CURRENT_TIMESTAMP, t.updatedAt = :now, t.version = t.version + 1"
                        + " WHERE t.id = :id AND t.version = :version AND t.status = :waiting AND t.expiresAt > :now",
                query -> query.setParameter("working", WORKING).setParameter("request", request).setParameter("runner", runner)
                        .setParameter("now", now).setParameter("id", id).setParameter("version", version)
                        .setParameter("waiting", INPUT_REQUIRED));
    }

    /**
     * Marks a working task for cancellation, and cancels one that waits for input (nothing runs for it).
     *
     * @return whether the task was cancelled here (it waited for input), rather than marked for its run to end it
     */
    public boolean requestCancel(String id) {
        long now = now();
        boolean cancelled = update("UPDATE TaskRecord t SET t.status = :cancelled, t.statusMessage = :message, t.outcome = NULL,"
                        + " t.cancelRequestedAt = :now, t.updatedAt = :now, t.version = t.version + 1"
                        + " WHERE t.id = :id AND t.status = :waiting",
                query -> query.setParameter("cancelled", CANCELLED).setParameter("message", "Cancelled at the client's request")
                        .setParameter("now", now).setParameter("id", id).setParameter("waiting", INPUT_REQUIRED));
        update("UPDATE TaskRecord t SET t.cancelRequestedAt = :now, t.updatedAt = :now"
                        + " WHERE t.id = :id AND t.status = :working AND t.cancelRequestedAt = 0",
                query -> query.setParameter("now", now).setParameter("id", id).setParameter("working", WORKING));
        return cancelled;
    }

    /** Whether a client asked to cancel the task; {@code true} when the task is gone. One column of one row. */
    public boolean isCancelRequested(String id) {
        EntityManager em = entityManager();
        List<Long> found = Transactions.run(em, () -> em.createQuery("SELECT t.cancelRequestedAt FROM TaskRecord t WHERE t.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList());
        return found.isEmpty() || found.get(0) != 0;
    }

    /**
     * Moves a working task whose run stopped beating before {@code staleBefore} (in the database's time, see
     * {@link TaskRecord#readAt()}) to the run {@code runner}. Only one instance can win: the update is guarded by the
     * version read and by the stale heartbeat. Not a task that expired or was asked to cancel since it was read: a
     * cancel mark does not move the version on, so the update checks it itself (the next poll then ends the task as
     * cancelled).
     */
    public boolean takeOver(String id, long version, long staleBefore, String runner) {
        long now = now();
        Timestamp stale = new Timestamp(staleBefore);
        return update("UPDATE TaskRecord t SET t.runner = :runner, t.heartbeatAt = CURRENT_TIMESTAMP, t.updatedAt = :now,"
                        + " t.version = t.version + 1"
                        + " WHERE t.id = :id AND t.version = :version AND t.status = :working AND t.heartbeatAt < :stale"
                        + " AND t.expiresAt > :now AND t.cancelRequestedAt = 0",
                query -> query.setParameter("runner", runner).setParameter("now", now).setParameter("id", id)
                        .setParameter("version", version).setParameter("working", WORKING).setParameter("stale", stale));
    }

    /** Ends a working task whose run stopped beating before {@code staleBefore}, with the status given. */
    public boolean abandon(String id, long version, long staleBefore, String status, String message, String outcome) {
        return update("UPDATE TaskRecord t SET t.status = :status, t.statusMessage = :message, t.outcome = :outcome,"
                        + " t.runner = NULL, t.updatedAt = :now, t.version = t.version + 1"
                        + " WHERE t.id = :id AND t.version = :version AND t.status = :working AND t.heartbeatAt < :stale",
                query -> query.setParameter("status", status).setParameter("message", message).setParameter("outcome", outcome)
                        .setParameter("now", now()).setParameter("id", id).setParameter("version", version)
                        .setParameter("working", WORKING).setParameter("stale", new Timestamp(staleBefore)));
    }

    /**
     * Deletes the tasks of every tenant whose time is up, a grace minute later (instances' clocks differ: one a little
     * ahead must not delete a task another still answers for); returns how many. The catalog's scheduled purge calls
     * it, without a request.
     */
    public int purgeExpired() {
        EntityManager em = entityManager();
        long now = now() - PURGE_GRACE_MS;
        return Transactions.run(em, () -> em.createQuery("DELETE FROM TaskRecord t WHERE t.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate());
    }


    private long maxOpen() {
        long limit = maxOpen;
        if (limit < 0) {
            limit = StoreSettings.number(servletContext, MAX_OPEN, DEFAULT_MAX_OPEN, 1);
            maxOpen = limit;
        }
        return limit;
    }

    private boolean update(String jpql, java.util.function.UnaryOperator<Query> parameters) {
        EntityManager em = entityManager();
        return Transactions.run(em, () -> parameters.apply(em.createQuery(jpql)).executeUpdate()) == 1;
    }

    private EntityManager entityManager() {
        return ApplicationBeans.entityManager(entityManagers, "Tasks");
    }

    /** {@code task_} and 128 random bits: the id is all a client needs to poll, so it must not be guessable. */
    private static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return "task_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
