package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A failure counts as "retry later" only when a connection could not be had, wherever it hides among the causes. */
class UnreachableResourceTest {

    private static boolean unreachable(Throwable failure) {
        return UnreachableResource.isCauseOf(failure);
    }

    @Test
    void connectionStatesAndTypesAreUnreachable() {
        assertTrue(unreachable(new SQLException("Connection refused", "08001")));
        assertTrue(unreachable(new SQLException("I/O error", "08006")));
        assertTrue(unreachable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(unreachable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(unreachable(new SQLTransientConnectionException("pool timeout")));
        assertTrue(unreachable(new ResourceAllocationException("no connection in the pool")));
    }

    @Test
    void theyAreFoundBehindWrappersAndChainedExceptions() {
        assertTrue(unreachable(new PersistenceException("commit failed",
                new IllegalStateException("flush", new SQLException("I/O error", "08006")))));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("Connection reset", "08006"));
        assertTrue(unreachable(new PersistenceException(batch)));
    }

    @Test
    void requestAndApplicationFailuresAreNot() {
        assertFalse(unreachable(new SQLIntegrityConstraintViolationException("duplicate key", "23505")));
        assertFalse(unreachable(new SQLException("no state")));
        assertFalse(unreachable(new PersistenceException("optimistic lock", new SQLException("deadlock", "40P01"))));
        assertFalse(unreachable(new IllegalArgumentException("bad")));
        assertFalse(unreachable(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        SQLException first = new SQLException("first", "XX000");
        SQLException second = new SQLException("second", "XX000");
        first.setNextException(second);
        second.setNextException(first);
        RuntimeException looping = new RuntimeException("outer", first);
        assertFalse(unreachable(looping));
    }
}
