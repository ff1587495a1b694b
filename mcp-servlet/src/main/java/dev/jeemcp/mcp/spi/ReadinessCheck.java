package dev.jeemcp.mcp.spi;

/**
 * One check of whether an instance is ready for MCP traffic, by name, as the readiness endpoint
 * ({@code /mcp-ready}) and the MicroProfile Health readiness checks report it: a name and whether it passes, nothing
 * more, because both answer without authentication.
 *
 * @param name what is checked, one of the names below for the library's own checks
 * @param up whether the check passes now
 */
public record ReadinessCheck(String name, boolean up) {

    /** The catalog is built: every feature was discovered and validated, and the MCP servlet serves it. */
    public static final String CATALOG = "mcp-catalog";
    /** The application's datasource answers a trivial query within a bound. */
    public static final String DATABASE = "mcp-database";
    /** The task executor accepts work; reported only where tools run as tasks. */
    public static final String TASKS = "mcp-tasks";
}
