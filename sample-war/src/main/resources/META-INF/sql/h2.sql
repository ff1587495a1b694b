-- The sample's own table, for the embedded H2 database; created at startup with the library's h2.sql.
CREATE TABLE IF NOT EXISTS SAMPLE_POLICY (
    ID             VARCHAR(64)    NOT NULL PRIMARY KEY,
    QUOTE_ID       VARCHAR(64)    NOT NULL UNIQUE,
    TENANT         VARCHAR(255)   NOT NULL,
    YEARLY_PREMIUM NUMERIC(12, 2) NOT NULL
);
