package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of {@code docs/reference/answers.tsv}: each request situation with the HTTP and JSON-RPC cells of the
 * "How requests are answered" table in {@code docs/reference/errors.md}, what a test expects, read from those cells,
 * and the one check of a response against a row. Public, in this module's test jar, so that the raw-HTTP integration
 * test runs the same rows with the same rules instead of a copy of them.
 */
public final class AnswersTable {

    static final Path FILE = Path.of("../docs/reference/answers.tsv");
    static final Path PAGE = Path.of("../docs/reference/errors.md");

    private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b");
    private static final Pattern HEADER = Pattern.compile("`([A-Za-z-]+)(?:: ([^`]+)|\\*)?`");
    private static final Pattern CODE = Pattern.compile("`(-32\\d{3})`");
    private static final Pattern DATA = Pattern.compile("`data\\.(\\w+)");
    private static final Pattern MESSAGE = Pattern.compile("\"([^\"]+)\"");

    /** One situation: its case name, the three cells of the page's table, and what they promise. */
    public record Row(String name, String request, String http, String jsonRpc) {

        /** The HTTP status, or {@code null} when the answer travels inside an event stream. */
        Integer status() {
            Matcher m = STATUS.matcher(http);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        /**
         * Headers by name; a value of {@code null} means only a header whose name starts so must be present (a name
         * alone, such as {@code Retry-After} whose value depends on the clock, or one ending in {@code *}).
         */
        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Matcher m = HEADER.matcher(http); m.find(); ) {
                headers.put(m.group(1), m.group(2));
            }
            return headers;
        }

        boolean emptyBody() {
            return http.contains("empty body");
        }

        /** The JSON-RPC error code, or {@code null} for a result or no body. */
        Integer code() {
            Matcher m = CODE.matcher(jsonRpc);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        boolean isErrorResult() {
            return jsonRpc.contains("`isError: true`");
        }

        List<String> dataKeys() {
            List<String> keys = new ArrayList<>();
            for (Matcher m = DATA.matcher(jsonRpc); m.find(); ) {
                keys.add(m.group(1));
            }
            return keys;
        }

        /** The quoted start of the error message, or {@code null}. */
        String messageStart() {
            Matcher m = MESSAGE.matcher(jsonRpc);
            return m.find() ? m.group(1) : null;
        }
    }

    private AnswersTable() {
    }

    /** The rows of the data file, in its order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : lines(FILE).subList(1, lines(FILE).size())) {
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3]));
        }
        return rows;
    }

    /** The rows of the page's table, each as its three cells joined by tabs. */
    static List<String> pageRows() {
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines(PAGE)) {
            if (line.startsWith("| request |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                String inner = line.substring(1, line.length() - 1);
                List<String> cells = new ArrayList<>();
                for (String cell : inner.split(" \\| ", -1)) {
                    cells.add(cell.strip());
                }
                rows.add(String.join("\t", cells));
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    /**
     * Checks a response against the row: its status (or an event stream where the row names none), each header it
     * names (a name ending in {@code *} as a prefix), no session, an empty body, the error code with the {@code data}
     * keys and message start it names and no exception text, or a result with {@code isError: true}.
     */
    public static void check(Row row, HttpResponse<String> response) {
        if (row.status() != null) {
            assertEquals(row.status(), response.statusCode(), row.name() + ": " + response.body());
        } else {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        }
        String body = answer(row, response);
        row.headers().forEach((name, value) -> {
            if (value == null) {
                assertTrue(response.headers().map().keySet().stream().anyMatch(h -> h.regionMatches(true, 0, name, 0, name.length())),
                        name + "* in " + response.headers().map());
            } else {
                assertEquals(value, response.headers().firstValue(name).orElse(null), name);
            }
        });
        assertFalse(response.headers().firstValue("Mcp-Session-Id").isPresent());
        if (row.emptyBody()) {
            assertEquals("", body);
        }
        if (row.code() != null) {
            JsonObject error = Fixtures.json(body).getJsonObject("error");
            assertNotNull(error, body);
            assertEquals(row.code().intValue(), error.getInt("code"), body);
            row.dataKeys().forEach(key -> assertTrue(error.getJsonObject("data").containsKey(key), key + " in " + body));
            if (row.messageStart() != null) {
                assertTrue(error.getString("message").startsWith(row.messageStart()), body);
            }
            assertFalse(body.contains("Exception") || body.contains("db-prod"), body);
        }
        if (row.isErrorResult()) {
            assertTrue(Fixtures.json(body).getJsonObject("result").getBoolean("isError"), body);
        }
    }

    /** The JSON-RPC answer: the body, or inside an event stream its last event. */
    private static String answer(Row row, HttpResponse<String> response) {
        String body = response.body();
        return row.status() != null ? body : body.substring(body.lastIndexOf("data: ") + "data: ".length()).strip();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
