package dev.jeemcp.it.infra;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Instances of the sample (three unless told) (on the server under test) sharing PostgreSQL, behind nginx round-robin, all on loopback. */
public final class ScaleOutCluster implements AutoCloseable {

    public final List<ServerProcess> instances = new ArrayList<>();
    public NginxBalancer balancer;

    public static ScaleOutCluster start() throws Exception {
        return start(List.of());
    }

    /** The same, each instance with these system properties besides the database's (such as {@code mcp.*} settings). */
    public static ScaleOutCluster start(List<String> settings) throws Exception {
        return start(settings, 3);
    }

    /** {@code count} instances (at most three), each with these system properties besides the database's. */
    public static ScaleOutCluster start(List<String> settings, int count) throws Exception {
        SharedDatabase.recreate();
        List<String> properties = new ArrayList<>(SharedDatabase.sampleProperties());
        properties.addAll(settings);
        ScaleOutCluster cluster = new ScaleOutCluster();
        try {
            for (String name : List.of("a", "b", "c").subList(0, count)) {
                cluster.instances.add(Server.current().startSample("lb-" + name, properties));
            }
            for (ServerProcess instance : cluster.instances) {
                instance.awaitReady(Duration.ofMinutes(3));
            }
            cluster.balancer = NginxBalancer.start(cluster.instances.stream().map(i -> i.port).toList());
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** Takes an instance out of the balancer's rotation, as an orchestrator does with one that stopped. */
    public void withdraw(ServerProcess instance) throws IOException, InterruptedException {
        balancer.withdraw(instance.port);
    }

    /**
     * Waits until the instance is ready (its readiness endpoint answers 200), then puts it back into rotation, as an
     * orchestrator with a readiness probe does: no request reaches an instance that is still deploying.
     */
    public void admitWhenReady(ServerProcess instance, Duration timeout) throws IOException, InterruptedException {
        instance.awaitReady(timeout);
        balancer.admit(instance.port);
    }

    /** The upstream address nginx logs for an instance. */
    public static String address(ServerProcess instance) {
        return "127.0.0.1:" + instance.port;
    }

    @Override
    public void close() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        ServerProcess.closeAll(instances);
    }
}
