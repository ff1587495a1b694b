package dev.jeemcp.mcp.handles.internal;

/** The databases the handle store is tested on: the real servers of the build machine, and embedded H2. */
enum Database {
    H2("jdbc:h2:mem:handles;DB_CLOSE_DELAY=-1", "sa", "", "h2"),
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", "postgresql"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/test", "root", "", "mariadb");

    final String url;
    final String user;
    final String password;
    /** The name of the DDL script the library ships for it. */
    final String ddl;

    Database(String url, String user, String password, String ddl) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.ddl = ddl;
    }
}
