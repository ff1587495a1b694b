package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jeemcp.mcp.spi.InputAnswers;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * {@code MCP_INPUT} is a mailbox between instances: what one instance writes another must read at once. Every
 * statement of the store therefore runs in a transaction of its own ({@code REQUIRES_NEW}), never in one the caller
 * has open around the request: joined to it, a recorded request would stay invisible to the instance storing its
 * answer, and on MariaDB's REPEATABLE READ the waiting call's polls would read one snapshot for ever. (The JTA
 * interceptor that honours it is the container's; the integration tests run it.)
 */
class InputMailboxStatementsCommitOnTheirOwnTest {

    @Test
    void everyStatementOfTheStoreRequiresATransactionOfItsOwn() throws Exception {
        for (Method spi : InputAnswers.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isStatic(spi.getModifiers())) {
                continue;
            }
            Method method = JpaInputAnswers.class.getMethod(spi.getName(), spi.getParameterTypes());
            Transactional transactional = method.getAnnotation(Transactional.class);
            assertNotNull(transactional, method.getName());
            assertEquals(Transactional.TxType.REQUIRES_NEW, transactional.value(), method.getName());
        }
    }
}
