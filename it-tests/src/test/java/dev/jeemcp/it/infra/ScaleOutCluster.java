package dev.jeemcp.it.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Three instances of the sample (on the server under test) sharing PostgreSQL, behind nginx round-robin, all on loopback. */
public final class ScaleOutCluster implements AutoCloseable {

    public final List<ServerProcess> instances = new ArrayList<>();
    public NginxBalancer balancer;

    public static ScaleOutCluster start() throws Exception {
        SharedDatabase.recreate();
        ScaleOutCluster cluster = new ScaleOutCluster();
        try {
                for (String name : List.of("a", "b", "c")) {
                cluster.instances.add(Server.current().startSample("lb-" + name, SharedDatabase.sampleProperties()));
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

    /** The upstream address nginx logs for an instance. */
    public static String address(ServerProcess instance) {
        return "127.0.0.1:" + instance.port;
    }

    @Override
    public void close() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (ServerProcess instance : instances) {
            instance.close();
        }
    }
}
