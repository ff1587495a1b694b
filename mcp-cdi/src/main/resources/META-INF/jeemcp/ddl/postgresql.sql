-- The handle table for PostgreSQL. Run it with the application's own schema migrations.
CREATE TABLE MCP_HANDLE (
    ID         VARCHAR(64)  NOT NULL PRIMARY KEY,
    KIND       VARCHAR(64)  NOT NULL,
    TENANT     VARCHAR(255) NOT NULL,
    OWNER      VARCHAR(255) NOT NULL,
    PAYLOAD    TEXT         NOT NULL,
    VERSION    BIGINT       NOT NULL,
    CREATED_AT BIGINT       NOT NULL,
    UPDATED_AT BIGINT       NOT NULL,
    EXPIRES_AT BIGINT       NOT NULL
);
-- A tenant's handles of one kind, newest first (Handles.list, ORDER BY UPDATED_AT DESC, ID DESC, at most 100): read in
-- index order and stopped after a page, whatever the tenant keeps. An index (TENANT, KIND, EXPIRES_AT) made every
-- list read and sort all of the tenant's live handles of the kind, however many (bench/growth.sh).
CREATE INDEX MCP_HANDLE_LIST ON MCP_HANDLE (TENANT, KIND, UPDATED_AT, ID);
-- The console's page of the caller's own handles (TENANT, OWNER, newest first): without it the page read every handle of
-- the tenant, scattered over the table (0.3 s at 10^4 handles per tenant, bench/growth.sh). It costs each handle write
-- one more index entry.
CREATE INDEX MCP_HANDLE_OWNER ON MCP_HANDLE (TENANT, OWNER, UPDATED_AT, ID);
-- The purge (DELETE ... WHERE EXPIRES_AT < ?, every ten minutes per instance) finds its few rows here: the index above
-- leads with TENANT, so without this one the purge reads the whole table or a whole index (bench/growth.sh).
CREATE INDEX MCP_HANDLE_EXPIRES ON MCP_HANDLE (EXPIRES_AT);

-- The task table: long-running tool calls (the io.modelcontextprotocol/tasks extension), any instance answers.
-- HEARTBEAT_AT is the database's time (CURRENT_TIMESTAMP), never an instance's clock.
CREATE TABLE MCP_TASK (
    ID                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    TENANT              VARCHAR(255)  NOT NULL,
    OWNER               VARCHAR(255)  NOT NULL,
    TOOL                VARCHAR(128)  NOT NULL,
    REQUEST             TEXT NOT NULL,
    STATUS              VARCHAR(16)   NOT NULL,
    STATUS_MESSAGE      VARCHAR(1000),
    OUTCOME             TEXT,
    RUNNER              VARCHAR(64),
    HEARTBEAT_AT        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CANCEL_REQUESTED_AT BIGINT        NOT NULL,
    POLL_INTERVAL_MS    BIGINT        NOT NULL,
    VERSION             BIGINT        NOT NULL,
    CREATED_AT          BIGINT        NOT NULL,
    UPDATED_AT          BIGINT        NOT NULL,
    EXPIRES_AT          BIGINT        NOT NULL
);
CREATE INDEX MCP_TASK_EXPIRES ON MCP_TASK (EXPIRES_AT);
-- The open-task count of a tenant (mcp.maxOpenTasks, on every tools/call that creates a task) and the console's page of a
-- tenant's tasks: without it both read every task of every tenant (bench/growth.sh).
CREATE INDEX MCP_TASK_TENANT ON MCP_TASK (TENANT, STATUS, EXPIRES_AT);

-- The audit trail (mcp.audit.sink=jpa): one row per tool call, prompt get, resource read and task transition,
-- inserted in a transaction of its own and never updated or deleted by the library. Retention is the operator's:
-- DELETE FROM MCP_AUDIT WHERE RECORDED_AT < <epoch milliseconds>.
CREATE TABLE MCP_AUDIT (
    ID                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    RECORDED_AT         BIGINT        NOT NULL,
    PRINCIPAL           VARCHAR(255),
    TENANT              VARCHAR(255),
    FEATURE             VARCHAR(16)   NOT NULL,
    NAME                VARCHAR(512)  NOT NULL,
    OUTCOME             VARCHAR(32)   NOT NULL,
    DURATION_MICROS     BIGINT        NOT NULL,
    REQUEST_ID          VARCHAR(128),
    ARGUMENTS_DIGEST    VARCHAR(64),
    ARGUMENTS           TEXT,
    ARGUMENTS_TRUNCATED BOOLEAN       NOT NULL
);
CREATE INDEX MCP_AUDIT_AT ON MCP_AUDIT (RECORDED_AT);
-- The rate limit counts, only for mcp.rateLimit.mode=database: one row per key and fixed window (ID = key@windowStart),
-- incremented by a guarded UPDATE; rows of ended windows are deleted by WINDOW_END.
CREATE TABLE MCP_RATE (
    ID         VARCHAR(160) NOT NULL PRIMARY KEY,
    CALLS      INTEGER      NOT NULL,
    WINDOW_END BIGINT       NOT NULL
);
CREATE INDEX MCP_RATE_WINDOW_END ON MCP_RATE (WINDOW_END);

-- The answers of 2025-era clients to the server's elicitation/create and sampling/createMessage (mcp.input.*): a row
-- per request sent on a call's stream, answered through whichever instance, read and deleted by the instance that
-- waits; rows of requests nobody waits for any more are deleted by EXPIRES_AT (a scheduled purge on every instance).
-- CALL_ID is a digest of the JSON-RPC id of the call that asked: a client's notifications/cancelled names it.
CREATE TABLE MCP_INPUT (
    ID         VARCHAR(64)  NOT NULL PRIMARY KEY,
    TENANT     VARCHAR(255) NOT NULL,
    OWNER      VARCHAR(255) NOT NULL,
    CALL_ID    VARCHAR(64)  NOT NULL,
    ANSWER     TEXT,
    EXPIRES_AT BIGINT       NOT NULL
);
CREATE INDEX MCP_INPUT_OWNER ON MCP_INPUT (TENANT, OWNER, EXPIRES_AT);
CREATE INDEX MCP_INPUT_EXPIRES ON MCP_INPUT (EXPIRES_AT);
