-- The sample's own table, for PostgreSQL (run it together with the library's META-INF/jeemcp/ddl/postgresql.sql).
CREATE TABLE SAMPLE_POLICY (
    ID             VARCHAR(64)    NOT NULL PRIMARY KEY,
    QUOTE_ID       VARCHAR(64)    NOT NULL UNIQUE,
    TENANT         VARCHAR(255)   NOT NULL,
    YEARLY_PREMIUM NUMERIC(12, 2) NOT NULL
);
