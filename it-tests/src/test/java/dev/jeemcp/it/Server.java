package dev.jeemcp.it;

import java.util.Locale;

/**
 * The server a failsafe execution runs the black-box tests on ({@code it.server}, set per execution in the pom), and
 * what differs between servers for a test: the sample WAR built for it, how an application switches on BASIC
 * authentication there, and whether it has the managed executor that tasks run on.
 */
enum Server {
    /** Payara Micro 6 or 7: Jakarta Security's BASIC mechanism over Payara's file realm (users: post-boot.asadmin). */
    PAYARA("sample.war", true),
    /** Tomcat 10.1 with Weld: the container's BASIC login over tomcat-users.xml, preemptive (sample's context.xml). */
    TOMCAT("sample-tomcat.war", false),
    /** WildFly 39: the container's BASIC login over the application realm's properties files. */
    WILDFLY("sample.war", true);

    private final String sampleWar;
    private final boolean runsTasks;

    Server(String sampleWar, boolean runsTasks) {
        this.sampleWar = sampleWar;
        this.runsTasks = runsTasks;
    }

    static Server current() {
        return valueOf(System.getProperty("it.server", "payara").toUpperCase(Locale.ROOT));
    }

    String sampleWar() {
        return sampleWar;
    }

    /** Whether {@code @McpTask} tools run as tasks: only where the container has a ManagedExecutorService. */
    boolean runsTasks() {
        return runsTasks;
    }

    /** Whether the application declares its authentication mechanism in code (Jakarta Security) or in web.xml. */
    boolean authenticatesWithJakartaSecurity() {
        return this == PAYARA;
    }
}
