package dev.jeemcp.mcp.internal;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.spi.InitialContextFactory;

/**
 * A naming service for tests, installed with {@link #install()} as {@code java.naming.factory.initial}: what
 * {@code new InitialContext()} finds is {@link #BOUND}, as a server's {@code <env-entry>} or JNDI resource would be.
 */
public final class FakeNaming implements InitialContextFactory {

    /** The entries, by full JNDI name. */
    static final Map<String, Object> BOUND = new ConcurrentHashMap<>();

    /** Makes {@code new InitialContext()} use this factory, until {@link #uninstall()}. */
    static void install() {
        System.setProperty(Context.INITIAL_CONTEXT_FACTORY, FakeNaming.class.getName());
    }

    static void uninstall() {
        System.clearProperty(Context.INITIAL_CONTEXT_FACTORY);
        BOUND.clear();
    }

    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) {
        return (Context) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "lookup" -> {
                        Object found = BOUND.get(String.valueOf(args[0]));
                        if (found == null) {
                            throw new NameNotFoundException(args[0] + " not bound");
                        }
                        yield found;
                    }
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Whether the fake is what {@code new InitialContext()} uses now. */
    static boolean active() throws javax.naming.NamingException {
        BOUND.put("fake:probe", "yes");
        return "yes".equals(new InitialContext().lookup("fake:probe"));
    }
}
