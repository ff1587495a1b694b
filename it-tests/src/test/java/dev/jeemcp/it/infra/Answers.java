package dev.jeemcp.it.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "How requests are answered" table as data, {@code docs/reference/answers.tsv}: one row per request situation,
 * with a case name and the page's HTTP and JSON-RPC cells. The servlet's unit test ({@code AnswersTableTest}) reads
 * the same file with the same rules and checks that the page and the file agree.
 */
public final class Answers {

    private static final Path FILE = Path.of("../docs/reference/answers.tsv");
    private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b");
    private static final Pattern HEADER = Pattern.compile("`([A-Za-z-]+)(?:: ([^`]+)|\\*)`");
    private static final Pattern CODE = Pattern.compile("`(-32\\d{3})`");
    private static final Pattern DATA = Pattern.compile("`data\\.(\\w+)");
    private static final Pattern MESSAGE = Pattern.compile("\"([^\"]+)\"");

    /** One situation: its case name and the HTTP and JSON-RPC cells of the page's table. */
    public record Row(String name, String http, String jsonRpc) {

        /**
         * Checks a response against the row: its status (when it is not inside an event stream), each header it
         * names (a name ending in {@code *} as a prefix), an empty body, the error code with the {@code data} keys
         * and message start it names, or a result with {@code isError: true}.
         */
        public void check(HttpResponse<String> response) {
            String body = response.body();
            Matcher status = STATUS.matcher(http);
            if (status.find()) {
                assertEquals(Integer.parseInt(status.group(1)), response.statusCode(), name + ": " + body);
            } else {
                body = body.substring(body.lastIndexOf("data: ") + "data: ".length()).strip();
            }
            for (Matcher header = HEADER.matcher(http); header.find(); ) {
                String headerName = header.group(1);
                if (header.group(2) == null) {
                    assertTrue(response.headers().map().keySet().stream()
                            .anyMatch(h -> h.regionMatches(true, 0, headerName, 0, headerName.length())), name + ": " + headerName + "*");
                } else {
                    assertEquals(header.group(2), response.headers().firstValue(headerName).orElse(null), name + ": " + headerName);
                }
            }
            if (http.contains("empty body")) {
                assertEquals("", body, name);
            }
            Matcher code = CODE.matcher(jsonRpc);
            if (code.find()) {
                JsonObject error = RawHttp.parse(body).getJsonObject("error");
                assertNotNull(error, name + ": " + body);
                assertEquals(Integer.parseInt(code.group(1)), error.getInt("code"), name + ": " + body);
                for (Matcher data = DATA.matcher(jsonRpc); data.find(); ) {
                    assertTrue(error.getJsonObject("data").containsKey(data.group(1)), name + ": data." + data.group(1));
                }
                Matcher message = MESSAGE.matcher(jsonRpc);
                if (message.find()) {
                    assertTrue(error.getString("message").startsWith(message.group(1)), name + ": " + body);
                }
            }
            if (jsonRpc.contains("`isError: true`")) {
                assertTrue(RawHttp.parse(body).getJsonObject("result").getBoolean("isError"), name + ": " + body);
            }
        }
    }

    private Answers() {
    }

    public static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[2], cells[3]));
        }
        return rows;
    }
}
