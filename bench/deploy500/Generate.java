
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sources of the deploy-time benchmark: 50 {@code @ApplicationScoped} beans with 10 public methods each,
 * with parameters of varied types (String, int, an enum, a record, List&lt;String&gt;). With {@code true} every method
 * is an {@code @McpTool} (500 tools); with {@code false} the same beans and methods carry no MCP annotation, so the
 * two WARs differ only in what tool discovery has to do.
 *
 * <p>Usage: {@code java Generate.java <output source folder> <true|false>}; run by Maven (exec-maven-plugin) in the
 * generate-sources phase of deploy500/tools and deploy500/plain.
 */
public class Generate {

    static final int BEANS = 50;
    static final int METHODS = 10;
    static final String PACKAGE = "dev.jeemcp.bench.deploy500";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        boolean tools = Boolean.parseBoolean(args[1]);
        Path dir = out.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        for (int b = 0; b < BEANS; b++) {
            String n = String.format("%02d", b);
            write(dir.resolve("Mode" + n + ".java"), "package " + PACKAGE + ";\n\npublic enum Mode" + n
                    + " { FAST, SAFE, CHEAP, EXACT }\n");
            write(dir.resolve("Point" + n + ".java"), "package " + PACKAGE + ";\n\npublic record Point" + n
                    + "(int x, int y, String label, Mode" + n + " mode, java.util.List<String> tags) { }\n");
            write(dir.resolve("Tools" + n + ".java"), bean(n, tools));
        }
    }

    static String bean(String n, boolean tools) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        if (tools) {
            s.append("import dev.jeemcp.mcp.McpParam;\nimport dev.jeemcp.mcp.McpTool;\n");
        }
        s.append("import jakarta.enterprise.context.ApplicationScoped;\nimport java.util.List;\n\n");
        s.append("@ApplicationScoped\npublic class Tools").append(n).append(" {\n");
        for (int m = 0; m < METHODS; m++) {
            String name = "tool" + n + "_" + m;
            String tool = tools ? "    @McpTool(description = \"Generated tool " + m + " of bean " + n + "\", readOnly = "
                    + (m % 2 == 0) + ")\n" : "";
            String p = tools ? "@McpParam(description = \"The first argument\") " : "";
            s.append("\n").append(tool);
            switch (m % 5) {
                case 0 -> s.append("    public String ").append(name).append("(").append(p)
                        .append("String text, int count) {\n        return text.repeat(Math.max(0, count));\n    }\n");
                case 1 -> s.append("    public int ").append(name).append("(").append(p)
                        .append("int a, int b, List<String> terms) {\n        return a + b + terms.size();\n    }\n");
                case 2 -> s.append("    public String ").append(name).append("(").append(p).append("Mode").append(n)
                        .append(" mode, String label, int weight) {\n        return mode + \":\" + label + \":\" + weight;\n    }\n");
                case 3 -> s.append("    public Point").append(n).append(" ").append(name).append("(").append(p)
                        .append("Point").append(n).append(" point, int dx, int dy) {\n        return new Point").append(n)
                        .append("(point.x() + dx, point.y() + dy, point.label(), point.mode(), point.tags());\n    }\n");
                default -> s.append("    public List<String> ").append(name).append("(").append(p)
                        .append("List<String> items, Mode").append(n).append(" mode, String prefix) {\n")
                        .append("        return items.stream().map(i -> prefix + i + mode).toList();\n    }\n");
            }
        }
        return s.append("}\n").toString();
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
