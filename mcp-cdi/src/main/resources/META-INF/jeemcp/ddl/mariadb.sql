-- The handle table for MariaDB. Run it with the application's own schema migrations. MySQL has no utf8mb4_nopad_bin:
-- on MySQL 8 use utf8mb4_0900_bin, which is also NO PAD and byte for byte.
-- Ids, kinds, tenants, owners and statuses compare byte for byte (utf8mb4_nopad_bin): under MariaDB's default
-- collation 'bob', 'BOB', 'bób' and 'bob ' would be one tenant.
CREATE TABLE MCP_HANDLE (
    ID         VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin  NOT NULL PRIMARY KEY,
    KIND       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin  NOT NULL,
    TENANT     VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    OWNER      VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    PAYLOAD    LONGTEXT     NOT NULL,
    VERSION    BIGINT       NOT NULL,
    CREATED_AT BIGINT       NOT NULL,
    UPDATED_AT BIGINT       NOT NULL,
    EXPIRES_AT BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX MCP_HANDLE_TENANT_KIND ON MCP_HANDLE (TENANT, KIND, EXPIRES_AT);

-- The task table: long-running tool calls (the io.modelcontextprotocol/tasks extension), any instance answers.
-- HEARTBEAT_AT is the database's time (CURRENT_TIMESTAMP), never an instance's clock.
CREATE TABLE MCP_TASK (
    ID                  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin   NOT NULL PRIMARY KEY,
    TENANT              VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin  NOT NULL,
    OWNER               VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin  NOT NULL,
    TOOL                VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin  NOT NULL,
    REQUEST             LONGTEXT NOT NULL,
    STATUS              VARCHAR(16) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin   NOT NULL,
    STATUS_MESSAGE      VARCHAR(1000),
    OUTCOME             LONGTEXT,
    RUNNER              VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin,
    HEARTBEAT_AT        TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CANCEL_REQUESTED_AT BIGINT        NOT NULL,
    POLL_INTERVAL_MS    BIGINT        NOT NULL,
    VERSION             BIGINT        NOT NULL,
    CREATED_AT          BIGINT        NOT NULL,
    UPDATED_AT          BIGINT        NOT NULL,
    EXPIRES_AT          BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX MCP_TASK_EXPIRES ON MCP_TASK (EXPIRES_AT);

-- The rate limit counts, only for mcp.rateLimit.mode=database: one row per key and fixed window (ID = key@windowStart),
-- incremented by a guarded UPDATE under InnoDB's row lock; rows of ended windows are deleted by WINDOW_END. Keys
-- compare byte for byte, like tenants and owners.
CREATE TABLE MCP_RATE (
    ID         VARCHAR(160) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL PRIMARY KEY,
    CALLS      INT          NOT NULL,
    WINDOW_END BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX MCP_RATE_WINDOW_END ON MCP_RATE (WINDOW_END);
