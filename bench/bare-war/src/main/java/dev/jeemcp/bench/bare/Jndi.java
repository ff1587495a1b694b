package dev.jeemcp.bench.bare;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The container resources the floors look up on first use, so that the WAR deploys where they do not exist. */
final class Jndi {

    private Jndi() {
    }

    /**
     * @param what why the resource is missed, for the failure's message
     * @throws IllegalStateException when the container has no such resource
     */
    static <T> T lookup(String name, Class<T> type, String what) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("no " + name + " " + what, e);
        }
    }
}
