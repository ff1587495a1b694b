
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
 *
 * <p>For the list-growth benchmark ({@code bench/lists}): {@code java Generate.java <folder> true <beans> <methods>
 * <role|->}: that many beans and methods, every tool restricted to {@code role} ({@code @McpTool(rolesAllowed)}) unless
 * it is {@code -}, plus an identity store that signs in {@code bench}/{@code bench} with the role {@code bench} over
 * HTTP BASIC (whenever credentials come; anonymous calls stay anonymous).
 */
public class Generate {

    static final String PACKAGE = "dev.jeemcp.bench.deploy500";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        boolean tools = Boolean.parseBoolean(args[1]);
        int beans = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int methods = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String role = args.length > 4 && !args[4].equals("-") ? args[4] : null;
        Path dir = out.resolve(PACKAGE.replace('.', '/'));
        // Maven reuses the folder between builds of different sizes: no bean of a bigger build may stay.
        if (Files.isDirectory(dir)) {
            try (var old = Files.list(dir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dir);
        if (args.length > 4) {
            write(dir.resolve("BenchSecurity.java"), SECURITY);
        }
        for (int b = 0; b < beans; b++) {
            String n = String.format("%02d", b);
            write(dir.resolve("Mode" + n + ".java"), "package " + PACKAGE + ";\n\npublic enum Mode" + n
                    + " { FAST, SAFE, CHEAP, EXACT }\n");
            write(dir.resolve("Point" + n + ".java"), "package " + PACKAGE + ";\n\npublic record Point" + n
                    + "(int x, int y, String label, Mode" + n + " mode, java.util.List<String> tags) { }\n");
            write(dir.resolve("Tools" + n + ".java"), bean(n, tools, methods, role));
        }
    }

    static String bean(String n, boolean tools, int methods, String role) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        if (tools) {
            s.append("import dev.jeemcp.mcp.McpParam;\nimport dev.jeemcp.mcp.McpTool;\n");
        }
        s.append("import jakarta.enterprise.context.ApplicationScoped;\nimport java.util.List;\n\n");
        s.append("@ApplicationScoped\npublic class Tools").append(n).append(" {\n");
        for (int m = 0; m < methods; m++) {
            String name = "tool" + n + "_" + m;
            String tool = tools ? "    @McpTool(description = \"Generated tool " + m + " of bean " + n + "\", readOnly = "
                    + (m % 2 == 0) + (role == null ? "" : ", rolesAllowed = \"" + role + "\"") + ")\n" : "";
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

    /** The list benchmark's caller: bench/bench, role bench, over HTTP BASIC (Jakarta Security, no server config). */
    static final String SECURITY = """
            package dev.jeemcp.bench.deploy500;

            import jakarta.annotation.security.DeclareRoles;
            import jakarta.enterprise.context.ApplicationScoped;
            import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
            import jakarta.security.enterprise.credential.Credential;
            import jakarta.security.enterprise.credential.UsernamePasswordCredential;
            import jakarta.security.enterprise.identitystore.CredentialValidationResult;
            import jakarta.security.enterprise.identitystore.IdentityStore;
            import java.util.Set;

            @BasicAuthenticationMechanismDefinition(realmName = "bench")
            @DeclareRoles("bench")
            @ApplicationScoped
            public class BenchSecurity implements IdentityStore {
                @Override
                public CredentialValidationResult validate(Credential credential) {
                    return credential instanceof UsernamePasswordCredential user && user.compareTo("bench", "bench")
                            ? new CredentialValidationResult("bench", Set.of("bench"))
                            : CredentialValidationResult.INVALID_RESULT;
                }
            }
            """;

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
