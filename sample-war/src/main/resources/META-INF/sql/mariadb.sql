-- The sample's own table, for MariaDB (run it together with the library's META-INF/jeemcp/ddl/mariadb.sql).
CREATE TABLE SAMPLE_POLICY (
    ID             VARCHAR(64)    NOT NULL PRIMARY KEY,
    QUOTE_ID       VARCHAR(64)    NOT NULL UNIQUE,
    TENANT         VARCHAR(255)   NOT NULL,
    YEARLY_PREMIUM DECIMAL(12, 2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
