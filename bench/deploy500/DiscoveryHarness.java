import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import java.net.URL;
import java.net.URLClassLoader;
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
 * Boots Weld SE on the deploy-time benchmark's 500 tools (deploy500/tools) with the library's extension, {@code boots}
 * times in this one JVM, and prints the library's own {@code MCP discovery} line of each boot, for bench/discovery.sh.
 * The first boot is a cold deployment's. Each later boot loads the tool classes anew, in a class loader of its own, as
 * a redeployment does, so that what the JDK caches per class (reflection data, parsed annotations) is not reused: only
 * the library's code is warm.
 *
 * <p>Usage: {@code java DiscoveryHarness <deploy500/tools/target/classes> <boots>}
 */
public class DiscoveryHarness {

    /** Held here: a logger only weakly reachable could be collected, and the handler below with it. */
    private static final Logger EXTENSION = Logger.getLogger(McpExtension.class.getName());

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        int boots = Integer.parseInt(args[1]);
        List<String> beanNames = new ArrayList<>();
        try (var files = Files.list(classes.resolve("dev/jeemcp/bench/deploy500"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("Tools") && name.endsWith(".class")) {
                    beanNames.add("dev.jeemcp.bench.deploy500." + name.substring(0, name.length() - ".class".length()));
                }
            }
        }
        // Only the extension's line reaches the output, as "discovery <boot> <line>".
        Logger.getLogger("").setLevel(Level.WARNING);
        EXTENSION.setLevel(Level.INFO);
        EXTENSION.setUseParentHandlers(false);
        int[] boot = {0};
        EXTENSION.addHandler(new Handler() {
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
        for (boot[0] = 1; boot[0] <= boots; boot[0]++) {
            try (URLClassLoader application = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    DiscoveryHarness.class.getClassLoader())) {
                Class<?>[] beans = new Class<?>[beanNames.size()];
                for (int i = 0; i < beans.length; i++) {
                    beans[i] = Class.forName(beanNames.get(i), false, application);
                }
                WeldContainer container = new Weld("discovery-" + boot[0]).disableDiscovery().addExtension(new McpExtension())
                        .addBeanClasses(beans).initialize();
                container.shutdown();
            }
        }
    }
}
