import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Boots Weld SE on the deploy-time benchmark's 500 tools (deploy500/tools) with the library's extension, {@code rounds}
 * times in this one JVM, and prints the library's own {@code MCP discovery} line of each boot: the first boot is a cold
 * deployment's, the later ones show the same work once the JVM has loaded and compiled it. No server, no database:
 * a change to discovery is measured in seconds, apart from Payara's boot (bench/discovery.sh runs it).
 *
 * <p>Usage: {@code java DiscoveryHarness <deploy500/tools/target/classes> <rounds>}
 */
public class DiscoveryHarness {

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Class<?>> beans = new ArrayList<>();
        try (var files = Files.list(classes.resolve("dev/jeemcp/bench/deploy500"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("Tools") && name.endsWith(".class")) {
                    beans.add(Class.forName("dev.jeemcp.bench.deploy500." + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        // Only the extension's line reaches the output, as "discovery <boot> <line>".
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger extension = Logger.getLogger(McpExtension.class.getName());
        extension.setLevel(Level.INFO);
        extension.setUseParentHandlers(false);
        int[] boot = {0};
        extension.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().startsWith("MCP discovery")) {
                    System.out.println("discovery " + boot[0] + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        for (boot[0] = 1; boot[0] <= rounds; boot[0]++) {
            WeldContainer container = new Weld("discovery-" + boot[0]).disableDiscovery().addExtension(new McpExtension())
                    .addBeanClasses(beans.toArray(new Class<?>[0])).initialize();
            container.shutdown();
        }
    }
}
