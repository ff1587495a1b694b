package dev.jeemcp.bench.barecdi;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one bean of {@code bare-cdi.war}, used by nothing: it makes the WAR a bean archive, so that the container runs
 * what it runs for every request of a CDI application (Weld's HTTP request lifecycle, the component invocation) around
 * bare's servlet. Every application that uses jeemcp is a CDI application, so this is the floor the library itself
 * adds to; bare.war, with no bean, is the floor of a servlet alone.
 */
@ApplicationScoped
public class ApplicationBean {
}
