import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How the library's statements grow with the tables: fills {@code jeemcp_growth} from the library's own DDL, step by
 * step to each size of MCP_HANDLE, and at each size prints the plan of every statement the library sends (the exact
 * SQL Hibernate 6 renders for the dialect, as logged by the server in mcp-cdi's tests) and times it over many
 * repetitions. Run by {@code bench/growth.sh}; one database per run.
 *
 * <p>Arguments: {@code postgresql|mariadb <ddl file> <sizes, comma-separated> <repetitions> <open tasks> <tsv> <plans
 * file>}. Exits 3 when a statement reads a whole library table at the largest size. With {@code fill-sql
 * postgresql|mariadb <rows>} it only prints the statement that fills MCP_HANDLE with that many rows of the same shape,
 * for bench/run.sh's {@code BENCH_HANDLE_ROWS}.
 */
public final class Growth {

    static final int TENANTS = 100;
    static final int OWNERS_PER_TENANT = 20;
    static final String[] KINDS = {"counter", "quote", "cart", "draft", "report"};
    static final long DAY = 86_400_000L;
    static final long NOW = System.currentTimeMillis();
    /** Expiry is spread evenly from a day and ten minutes ago (purge grace plus one purge interval) to 7 days ahead. */
    static final long EXPIRY_FROM = NOW - DAY - 600_000L;
    static final long EXPIRY_SPAN = 8 * DAY + 600_000L;

    record Sql(String name, String postgresql, String mariadb, boolean write) {
        String text(boolean pg) {
            return pg ? postgresql : mariadb;
        }
    }

    static final String HANDLE_COLUMNS = "hr1_0.ID,hr1_0.CREATED_AT,hr1_0.EXPIRES_AT,hr1_0.KIND,hr1_0.OWNER,hr1_0.PAYLOAD,"
            + "hr1_0.TENANT,hr1_0.UPDATED_AT,hr1_0.VERSION";
    static final String TASK_COLUMNS = "tr1_0.ID,tr1_0.CANCEL_REQUESTED_AT,tr1_0.CREATED_AT,tr1_0.EXPIRES_AT,tr1_0.HEARTBEAT_AT,"
            + "tr1_0.OUTCOME,tr1_0.OWNER,tr1_0.POLL_INTERVAL_MS,tr1_0.REQUEST,tr1_0.RUNNER,tr1_0.STATUS,tr1_0.STATUS_MESSAGE,"
            + "tr1_0.TENANT,tr1_0.TOOL,tr1_0.UPDATED_AT,tr1_0.VERSION";
    static final String TASK_CONSOLE = "select tr1_0.ID,tr1_0.TOOL,tr1_0.STATUS,tr1_0.CREATED_AT,tr1_0.UPDATED_AT,tr1_0.EXPIRES_AT"
            + " from MCP_TASK tr1_0 where tr1_0.TENANT=? and tr1_0.EXPIRES_AT>? and ((tr1_0.OWNER=? and tr1_0.TOOL in (?,?))"
            + " or tr1_0.TOOL in (?)) order by tr1_0.CREATED_AT desc,tr1_0.ID ";
    /** Native SQL of TaskStore.create, the same for every database. */
    static final String TASK_INSERT = "INSERT INTO MCP_TASK (ID, TENANT, OWNER, TOOL, REQUEST, STATUS, RUNNER, HEARTBEAT_AT,"
            + " CANCEL_REQUESTED_AT, POLL_INTERVAL_MS, VERSION, CREATED_AT, UPDATED_AT, EXPIRES_AT)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6), 0, ?, 0, ?, ?, ?)";
    static final String HANDLE_CONSOLE = "select hr1_0.ID,hr1_0.KIND,hr1_0.CREATED_AT,hr1_0.UPDATED_AT,hr1_0.EXPIRES_AT"
            + " from MCP_HANDLE hr1_0 where hr1_0.TENANT=? and hr1_0.OWNER=? and hr1_0.KIND not like ";

    /** Every statement the library sends on these paths, in both dialects, as Hibernate 6.6 renders them. */
    static final List<Sql> STATEMENTS = List.of(
            new Sql("handle.find",
                    "select " + HANDLE_COLUMNS + " from MCP_HANDLE hr1_0 where hr1_0.ID=?",
                    "select " + HANDLE_COLUMNS + " from MCP_HANDLE hr1_0 where hr1_0.ID=?", false),
            new Sql("handle.update",
                    "update MCP_HANDLE hr1_0 set PAYLOAD=?,VERSION=(hr1_0.VERSION+1),UPDATED_AT=?,EXPIRES_AT=? where hr1_0.ID=?"
                            + " and hr1_0.VERSION=? and hr1_0.TENANT=? and hr1_0.EXPIRES_AT>?",
                    "update MCP_HANDLE hr1_0 set PAYLOAD=?,VERSION=(hr1_0.VERSION+1),UPDATED_AT=?,EXPIRES_AT=? where hr1_0.ID=?"
                            + " and hr1_0.VERSION=? and hr1_0.TENANT=? and hr1_0.EXPIRES_AT>?", true),
            new Sql("handle.list",
                    "select " + HANDLE_COLUMNS + " from MCP_HANDLE hr1_0 where hr1_0.TENANT=? and hr1_0.KIND=? and hr1_0.EXPIRES_AT>?"
                            + " order by hr1_0.UPDATED_AT desc,hr1_0.ID desc fetch first ? rows only",
                    "select " + HANDLE_COLUMNS + " from MCP_HANDLE hr1_0 where hr1_0.TENANT=? and hr1_0.KIND=? and hr1_0.EXPIRES_AT>?"
                            + " order by hr1_0.UPDATED_AT desc,hr1_0.ID desc limit ?", false),
            new Sql("handle.console",
                    HANDLE_CONSOLE + "? escape '' and hr1_0.EXPIRES_AT>? order by hr1_0.UPDATED_AT desc,hr1_0.ID desc"
                            + " offset ? rows fetch first ? rows only",
                    HANDLE_CONSOLE + "replace(?,'\\\\','\\\\\\\\') and hr1_0.EXPIRES_AT>? order by hr1_0.UPDATED_AT desc,hr1_0.ID desc"
                            + " limit ?,?", false),
            new Sql("handle.purge",
                    "delete from MCP_HANDLE hr1_0 where hr1_0.EXPIRES_AT<?",
                    "delete hr1_0 from MCP_HANDLE hr1_0 where hr1_0.EXPIRES_AT<?", true),
            new Sql("task.openCount",
                    "select count(tr1_0.ID) from MCP_TASK tr1_0 where tr1_0.TENANT=? and tr1_0.EXPIRES_AT>?"
                            + " and (tr1_0.STATUS=? or tr1_0.STATUS=?)",
                    "select count(tr1_0.ID) from MCP_TASK tr1_0 where tr1_0.TENANT=? and tr1_0.EXPIRES_AT>?"
                            + " and (tr1_0.STATUS=? or tr1_0.STATUS=?)", false),
            new Sql("task.insert",
                    TASK_INSERT, TASK_INSERT, true),
            new Sql("task.poll",
                    "select " + TASK_COLUMNS + ",localtimestamp from MCP_TASK tr1_0 where tr1_0.ID=?",
                    "select " + TASK_COLUMNS + ",current_timestamp(6) from MCP_TASK tr1_0 where tr1_0.ID=?", false),
            new Sql("task.heartbeat",
                    "update MCP_TASK tr1_0 set HEARTBEAT_AT=localtimestamp where tr1_0.ID=? and tr1_0.RUNNER=? and tr1_0.STATUS=?"
                            + " and tr1_0.EXPIRES_AT>?",
                    "update MCP_TASK tr1_0 set HEARTBEAT_AT=current_timestamp(6) where tr1_0.ID=? and tr1_0.RUNNER=?"
                            + " and tr1_0.STATUS=? and tr1_0.EXPIRES_AT>?", true),
            new Sql("task.finish",
                    "update MCP_TASK tr1_0 set STATUS=?,STATUS_MESSAGE=?,OUTCOME=?,RUNNER=null,UPDATED_AT=?,VERSION=(tr1_0.VERSION+1)"
                            + " where tr1_0.ID=? and tr1_0.RUNNER=? and tr1_0.STATUS=?",
                    "update MCP_TASK tr1_0 set STATUS=?,STATUS_MESSAGE=?,OUTCOME=?,RUNNER=null,UPDATED_AT=?,VERSION=(tr1_0.VERSION+1)"
                            + " where tr1_0.ID=? and tr1_0.RUNNER=? and tr1_0.STATUS=?", true),
            new Sql("task.console",
                    TASK_CONSOLE + "offset ? rows fetch first ? rows only",
                    TASK_CONSOLE + "limit ?,?", false),
            new Sql("task.purge",
                    "delete from MCP_TASK tr1_0 where tr1_0.EXPIRES_AT<?",
                    "delete tr1_0 from MCP_TASK tr1_0 where tr1_0.EXPIRES_AT<?", true),
            new Sql("input.openCount",
                    "select count(ir1_0.ID) from MCP_INPUT ir1_0 where ir1_0.TENANT=? and ir1_0.OWNER=? and ir1_0.EXPIRES_AT>=?",
                    "select count(ir1_0.ID) from MCP_INPUT ir1_0 where ir1_0.TENANT=? and ir1_0.OWNER=? and ir1_0.EXPIRES_AT>=?", false),
            new Sql("input.purge",
                    "delete from MCP_INPUT ir1_0 where ir1_0.EXPIRES_AT<?",
                    "delete ir1_0 from MCP_INPUT ir1_0 where ir1_0.EXPIRES_AT<?", true));

    /** A live handle, a task and a caller to bind the statements to, drawn anew for each repetition. */
    record Sample(String handleId, long handleVersion, String tenant, String kind, String owner, String taskId, String runner,
            String taskTenant, String taskOwner) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("fill-sql")) {
            System.out.println(handleFillSql(args[1].equals("postgresql"), 0, Long.parseLong(args[2])));
            return;
        }
        boolean pg = args[0].equals("postgresql");
        Path ddl = Path.of(args[1]);
        long[] sizes = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        int reps = Integer.parseInt(args[3]);
        int openTasks = Integer.parseInt(args[4]);
        Path tsv = Path.of(args[5]);
        Path plansFile = Path.of(args[6]);
        String database = "jeemcp_growth";
        createDatabase(pg, database);
        String url = pg ? "jdbc:postgresql://127.0.0.1:5432/" + database : "jdbc:mariadb://127.0.0.1:3306/" + database;
        List<String> fullScans = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, pg ? "postgres" : "root", "");
                PrintWriter plans = new PrintWriter(Files.newBufferedWriter(plansFile, StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(tsv, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
            createTables(c, ddl);
            leadingColumns(ddl);
            fillTasks(c, pg, openTasks);
            fillInputs(c, pg, openTasks);
            long filled = 0;
            for (long size : sizes) {
                long started = System.nanoTime();
                fillHandles(c, pg, filled, size);
                filled = size;
                analyze(c, pg);
                log(args[0] + ": " + size + " handles, " + openTasks + " open tasks, filled and analyzed in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
                List<Sample> samples = samples(c, size, openTasks, 200);
                plans.println("==== " + args[0] + ", MCP_HANDLE " + size + " rows, MCP_TASK " + openTasks + " open rows ====");
                for (Sql sql : STATEMENTS) {
                    String plan = explain(c, pg, sql, samples.get(0));
                    plans.println("---- " + sql.name() + ": " + sql.text(pg));
                    plans.println(plan);
                    String scan = fullScan(pg, plan);
                    if (scan != null && size == sizes[sizes.length - 1]) {
                        fullScans.add(args[0] + " " + sql.name() + ": " + scan);
                    }
                }
                plans.flush();
                for (Sql sql : STATEMENTS) {
                    double[] micros = time(c, pg, sql, samples, reps);
                    out.printf("%s\t%d\t%s\t%.1f\t%.1f%n", args[0], size, sql.name(), micros[0], micros[1]);
                    out.flush();
                }
            }
        }
        if (!fullScans.isEmpty()) {
            fullScans.forEach(scan -> log("FULL SCAN " + scan));
            System.exit(3);
        }
    }

    static void log(String message) {
        System.err.println("[growth] " + message);
    }

    static void createDatabase(boolean pg, String name) throws SQLException {
        String admin = pg ? "jdbc:postgresql://127.0.0.1:5432/postgres" : "jdbc:mariadb://127.0.0.1:3306/";
        try (Connection c = DriverManager.getConnection(admin, pg ? "postgres" : "root", ""); Statement s = c.createStatement()) {
            if (pg) {
                try (ResultSet found = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    if (!found.next()) {
                        s.execute("CREATE DATABASE " + name);
                    }
                }
            } else {
                s.execute("CREATE DATABASE IF NOT EXISTS " + name);
            }
        }
    }

    /** The library's DDL as shipped, the way its tests run it: comment lines out, one statement per semicolon. */
    static void createTables(Connection c, Path ddl) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            for (String table : new String[] {"MCP_HANDLE", "MCP_TASK", "MCP_AUDIT", "MCP_RATE", "MCP_INPUT"}) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            String text = Files.readString(ddl).replaceAll("(?m)^--.*$", "");
            for (String command : text.split(";")) {
                if (!command.isBlank()) {
                    s.execute(command);
                }
            }
        }
    }

    /**
     * Handles {@code from} (exclusive) to {@code to}: 100 tenants, 20 owners each, five kinds and 2% of the library's
     * own single-use rows (kind {@code jeemcp.requestState}), ~150-byte payloads, expiry spread evenly from just past
     * the purge grace to 7 days ahead (so about one row in 1,150 is due for the purge, as between two purges).
     */
    static void fillHandles(Connection c, boolean pg, long from, long to) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(handleFillSql(pg, from, to));
        }
    }

    /** The one statement of {@link #fillHandles}, also printed for bench/run.sh's {@code BENCH_HANDLE_ROWS}. */
    static String handleFillSql(boolean pg, long from, long to) {
        String kinds = "'counter','quote','cart','draft','report'";
        String series = pg ? "generate_series(" + (from + 1) + "::bigint," + to + "::bigint) AS g(n)" : "seq_" + (from + 1) + "_to_" + to + " g";
        String n = pg ? "g.n" : "g.seq";
        String div = integerDivision(pg);
        String m = "(" + n + div + TENANTS + ")"; // tenant, kind and owner vary independently
        String md5 = pg ? "md5(" + n + "::text)" : "md5(" + n + ")";
        String kind = "CASE WHEN " + m + " % 50 = 7 THEN 'jeemcp.requestState' ELSE (" + (pg ? "(ARRAY[" + kinds + "])[(1 + " + m + " % 5)::int]"
                : "ELT(1 + " + m + " % 5, " + kinds + ")") + ") END";
        String tenant = tenant(n);
        return "INSERT INTO MCP_HANDLE (ID, KIND, TENANT, OWNER, PAYLOAD, VERSION, CREATED_AT, UPDATED_AT, EXPIRES_AT) SELECT "
                + "CONCAT(" + kind + ", '_', SUBSTRING(" + md5 + ", 1, 22)), " + kind + ", " + tenant + ", "
                + "CONCAT('user-', (" + m + div + "5) % " + OWNERS_PER_TENANT + ", '@', " + tenant + "), "
                + "CONCAT('{\"count\":', " + n + ", ',\"label\":\"', " + md5 + ", '\",\"notes\":[\"', " + md5 + ", '\",\"', " + md5
                + ", '\"]}'), "
                + n + " % 7, "
                + (NOW - 30 * DAY) + " + (" + n + " * 7919) % " + 30 * DAY + ", "
                + NOW + " - (" + n + " * 104729) % " + 7 * DAY + ", "
                + EXPIRY_FROM + " + (" + n + " * 15485863) % " + EXPIRY_SPAN
                + " FROM " + series
                // InnoDB keeps rows in primary key order: random ids in one statement made a 10^6 fill take 8 minutes.
                + (pg ? "" : " ORDER BY 1");
    }

    /**
     * The tenant of row {@code n} (an SQL expression): tenant-0 to tenant-99 in every table, so that samples drawn from
     * one table find rows in the others, and bench/lib/servers.sh can tell these rows from the benchmark's own.
     */
    static String tenant(String n) {
        return "CONCAT('tenant-', " + n + " % " + TENANTS + ")";
    }

    static String integerDivision(boolean pg) {
        return pg ? " / " : " DIV ";
    }

    /** Open tasks (3 in 4 working, the rest waiting for input) across the tenants; as many finished ones again. */
    static void fillTasks(Connection c, boolean pg, int open) throws SQLException {
        int rows = open * 2;
        String series = pg ? "generate_series(1::bigint," + rows + "::bigint) AS g(n)" : "seq_1_to_" + rows + " g";
        String n = pg ? "g.n" : "g.seq";
        String md5 = pg ? "md5(" + n + "::text)" : "md5(" + n + ")";
        String m = "(" + n + integerDivision(pg) + TENANTS + ")"; // status and owner vary within a tenant
        String sql = "INSERT INTO MCP_TASK (ID, TENANT, OWNER, TOOL, REQUEST, STATUS, STATUS_MESSAGE, OUTCOME, RUNNER, HEARTBEAT_AT,"
                + " CANCEL_REQUESTED_AT, POLL_INTERVAL_MS, VERSION, CREATED_AT, UPDATED_AT, EXPIRES_AT) SELECT "
                + "CONCAT('task_', SUBSTRING(" + md5 + ", 1, 22)), " + tenant(n) + ", "
                + "CONCAT('user-', " + m + " % " + OWNERS_PER_TENANT + ", '@', " + tenant(n) + "), "
                + "CONCAT('tool', " + n + " % 3), CONCAT('{\"arguments\":{\"quote\":\"', " + md5 + ", '\"}}'), "
                + "CASE WHEN " + n + " > " + open + " THEN 'COMPLETED' WHEN " + m + " % 4 = 0 THEN 'INPUT_REQUIRED' ELSE 'WORKING' END, "
                + "NULL, NULL, CASE WHEN " + n + " <= " + open + " AND " + m + " % 4 <> 0 THEN " + md5 + " END, CURRENT_TIMESTAMP, 0, 3000, 1, "
                + NOW + " - (" + n + " * 7919) % " + DAY + ", " + NOW + ", "
                + NOW + " - 600000 + (" + n + " * 104729) % " + DAY
                + " FROM " + series;
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Rows of requests sent to 2025-era clients, not answered yet, expiring from ten minutes ago to two hours ahead:
     * one in twelve expired already and is due for the purge.
     */
    static void fillInputs(Connection c, boolean pg, int rows) throws SQLException {
        String series = pg ? "generate_series(1::bigint," + rows + "::bigint) AS g(n)" : "seq_1_to_" + rows + " g";
        String n = pg ? "g.n" : "g.seq";
        String md5 = pg ? "md5(" + n + "::text)" : "md5(" + n + ")";
        String div = integerDivision(pg);
        String tenant = tenant(n);
        // Owners as the handles' (user-<n>@<tenant>), so that the open-request count of a sampled caller finds rows.
        String sql = "INSERT INTO MCP_INPUT (ID, TENANT, OWNER, CALL_ID, ANSWER, EXPIRES_AT) SELECT CONCAT('input_', SUBSTRING("
                + md5 + ", 1, 22)), " + tenant + ", CONCAT('user-', (" + n + div + TENANTS + ") % " + OWNERS_PER_TENANT
                + ", '@', " + tenant + "), CONCAT('call_', " + n + "), NULL, " + NOW + " - 600000 + (" + n
                + " * 104729) % (2 * 3600000) FROM " + series;
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void analyze(Connection c, boolean pg) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : new String[] {"MCP_HANDLE", "MCP_TASK", "MCP_INPUT"}) {
                s.execute(pg ? "VACUUM ANALYZE " + table : "ANALYZE TABLE " + table);
            }
        }
    }

    /**
     * Live handles and working tasks with their owners, as tool calls and polls would name them: drawn at random
     * over the whole table (ids are computed the way the fill makes them), so that reads are not all of hot pages.
     */
    static List<Sample> samples(Connection c, long size, int openTasks, int count) throws Exception {
        Random random = new Random(42);
        List<String> handleIds = new ArrayList<>();
        while (handleIds.size() < count * 2) {
            long n = 1 + (long) (random.nextDouble() * size);
            long m = n / TENANTS;
            if (m % 50 != 7) {
                handleIds.add(KINDS[(int) (m % 5)] + "_" + md5(n).substring(0, 22));
            }
        }
        List<String> taskIds = new ArrayList<>();
        while (taskIds.size() < count) {
            long n = 1 + random.nextInt(openTasks);
            if (n / TENANTS % 4 != 0) {
                taskIds.add("task_" + md5(n).substring(0, 22));
            }
        }
        List<String[]> handles = rows(c, "SELECT ID, VERSION, TENANT, KIND, OWNER FROM MCP_HANDLE WHERE EXPIRES_AT > " + NOW
                + " AND ID IN (" + quoted(handleIds) + ")", 5);
        List<String[]> tasks = rows(c, "SELECT ID, RUNNER, TENANT, OWNER FROM MCP_TASK WHERE STATUS = 'WORKING' AND EXPIRES_AT > " + NOW + " AND ID IN ("
                + quoted(taskIds) + ")", 4);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] h = handles.get(i % handles.size());
            String[] t = tasks.get(i % tasks.size());
            samples.add(new Sample(h[0], Long.parseLong(h[1]), h[2], h[3], h[4], t[0], t[1], t[2], t[3]));
        }
        return samples;
    }

    static List<String[]> rows(Connection c, String sql, int columns) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rows.getString(i + 1);
                }
                found.add(row);
            }
        }
        return found;
    }

    static String quoted(List<String> values) {
        return String.join(",", values.stream().map(v -> "'" + v + "'").toList());
    }

    static String md5(long n) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
        return java.util.HexFormat.of().formatHex(digest);
    }

    /** Binds the statement's parameters as the library does for that sample. */
    static void bind(PreparedStatement p, Sql sql, Sample s, boolean pg) throws SQLException {
        long now = System.currentTimeMillis();
        switch (sql.name()) {
            case "handle.find" -> p.setString(1, s.handleId());
            case "handle.update" -> {
                p.setString(1, "{\"count\":1,\"label\":\"updated\"}");
                p.setLong(2, now);
                p.setLong(3, now + DAY);
                p.setString(4, s.handleId());
                p.setLong(5, s.handleVersion());
                p.setString(6, s.tenant());
                p.setLong(7, now);
            }
            case "handle.list" -> {
                p.setString(1, s.tenant());
                p.setString(2, s.kind());
                p.setLong(3, now);
                p.setInt(4, 100);
            }
            case "handle.console" -> {
                p.setString(1, s.tenant());
                p.setString(2, s.owner());
                p.setString(3, "jeemcp.%");
                p.setLong(4, now);
                p.setInt(5, 0);
                p.setInt(6, 51);
            }
            case "handle.purge" -> p.setLong(1, now - DAY);
            case "task.openCount" -> {
                p.setString(1, s.taskTenant());
                p.setLong(2, now);
                p.setString(3, "WORKING");
                p.setString(4, "INPUT_REQUIRED");
            }
            case "task.insert" -> {
                p.setString(1, "task_growthInsertProbe000000"); // rolled back after each execution
                p.setString(2, s.taskTenant());
                p.setString(3, s.taskOwner());
                p.setString(4, "tool0");
                p.setString(5, "{\"arguments\":{\"quote\":\"quote_1\"}}");
                p.setString(6, "WORKING");
                p.setString(7, "0f8fad5b-d9cb-469f-a165-70867728950e");
                p.setLong(8, 3000);
                p.setLong(9, now);
                p.setLong(10, now);
                p.setLong(11, now + 600_000);
            }
            case "task.poll" -> p.setString(1, s.taskId());
            case "task.heartbeat" -> {
                p.setString(1, s.taskId());
                p.setString(2, s.runner());
                p.setString(3, "WORKING");
                p.setLong(4, now);
            }
            case "task.finish" -> {
                p.setString(1, "COMPLETED");
                p.setString(2, null);
                p.setString(3, "{\"content\":[{\"type\":\"text\",\"text\":\"approved\"}],\"isError\":false}");
                p.setLong(4, now);
                p.setString(5, s.taskId());
                p.setString(6, s.runner());
                p.setString(7, "WORKING");
            }
            case "task.console" -> {
                p.setString(1, s.taskTenant());
                p.setLong(2, now);
                p.setString(3, s.taskOwner());
                p.setString(4, "tool0");
                p.setString(5, "tool1");
                p.setString(6, "tool2");
                p.setInt(7, 0);
                p.setInt(8, 51);
            }
            case "input.openCount" -> {
                p.setString(1, s.tenant());
                p.setString(2, s.owner());
                p.setLong(3, now);
            }
            case "task.purge", "input.purge" -> p.setLong(1, now);
            default -> throw new IllegalArgumentException(sql.name());
        }
    }

    /** The plan as executed (EXPLAIN ANALYZE on PostgreSQL, ANALYZE on MariaDB); writes are rolled back. */
    static String explain(Connection c, boolean pg, Sql sql, Sample sample) throws SQLException {
        c.setAutoCommit(false);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement p = c.prepareStatement((pg ? "EXPLAIN (ANALYZE, BUFFERS) " : "ANALYZE ") + sql.text(pg))) {
            bind(p, sql, sample, pg);
            try (ResultSet rows = p.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                if (!pg) {
                    for (int i = 1; i <= columns; i++) {
                        plan.append(i > 1 ? " | " : "").append(rows.getMetaData().getColumnLabel(i));
                    }
                    plan.append('\n');
                }
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        plan.append(i > 1 ? " | " : "").append(rows.getString(i));
                    }
                    plan.append('\n');
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        return plan.toString();
    }

    /** The first column of each index of the DDL, lower case: an index read without it is a read of the whole index. */
    static final Map<String, String> LEADING = new LinkedHashMap<>();

    static void leadingColumns(Path ddl) throws IOException {
        var m = java.util.regex.Pattern.compile("CREATE INDEX (\\w+) ON (\\w+) \\((\\w+)").matcher(Files.readString(ddl));
        while (m.find()) {
            LEADING.put(m.group(1).toLowerCase(), m.group(3).toLowerCase());
        }
        for (String table : new String[] {"mcp_handle", "mcp_task", "mcp_input"}) {
            LEADING.put(table + "_pkey", "id");
        }
    }

    /**
     * What in a plan reads a whole library table or index, if anything: on PostgreSQL a Seq Scan, or an index scan whose
     * condition leaves out the index's first column (it walks the whole index: one that leads with TENANT, for a purge by
     * EXPIRES_AT); on MariaDB access type ALL (table scan) or index (full index scan).
     */
    static String fullScan(boolean pg, String plan) {
        String[] lines = plan.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (pg) {
                var seq = java.util.regex.Pattern.compile("Seq Scan on (mcp_\\w+)").matcher(line);
                if (seq.find()) {
                    return seq.group(1) + " (" + line.trim() + ")";
                }
                var index = java.util.regex.Pattern.compile("(?:Index Scan|Index Only Scan) (?:using|on) (mcp_\\w+)").matcher(line);
                if (index.find() && LEADING.containsKey(index.group(1))) {
                    String leading = LEADING.get(index.group(1));
                    String cond = i + 1 < lines.length ? lines[i + 1] : "";
                    for (int j = i + 1; j < lines.length && j < i + 4; j++) {
                        if (lines[j].contains("Index Cond:")) {
                            cond = lines[j];
                            break;
                        }
                    }
                    if (!java.util.regex.Pattern.compile("\\(" + leading + "[)\\s]").matcher(cond).find()) {
                        return index.group(1) + " read whole, without " + leading + " (" + line.trim() + " / " + cond.trim() + ")";
                    }
                }
            } else {
                String[] cells = line.split(" \\| ");
                // An INSERT reads nothing: MariaDB shows it as access type ALL.
                if (cells.length > 4 && !cells[1].equals("INSERT") && cells[2].toLowerCase().matches("hr1_0|tr1_0|ir1_0|mcp_\\w+")
                        && (cells[3].equals("ALL") || cells[3].equals("index"))) {
                    return cells[2] + " (" + line.trim() + ")";
                }
            }
        }
        return null;
    }

    /**
     * Median and 90th percentile in microseconds of one execution, prepared once as the driver does after its first
     * uses, over {@code reps} repetitions with a different sample each, after a tenth as many unmeasured. Each runs in
     * a transaction rolled back afterwards, so writes leave the table as it was.
     */
    static double[] time(Connection c, boolean pg, Sql sql, List<Sample> samples, int reps) throws SQLException {
        c.setAutoCommit(false);
        long[] nanos = new long[reps];
        try (PreparedStatement p = c.prepareStatement(sql.text(pg))) {
            int warmup = Math.max(10, reps / 10);
            for (int i = -warmup; i < reps; i++) {
                bind(p, sql, samples.get(Math.floorMod(i, samples.size())), pg);
                long started = System.nanoTime();
                if (sql.write()) {
                    p.executeUpdate();
                } else {
                    try (ResultSet rows = p.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(1);
                        }
                    }
                }
                long took = System.nanoTime() - started;
                c.rollback();
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
        Arrays.sort(nanos);
        return new double[] {nanos[reps / 2] / 1000.0, nanos[(int) (reps * 0.9)] / 1000.0};
    }
}
