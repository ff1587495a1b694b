package dev.jeemcp.mcp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpToolException;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * What an Enterprise Beans container does to a business method's exception does not change how it is answered: an
 * {@code EJBException} is looked through to the method's own failure, a refusal is DENIED, and an
 * {@code @ApplicationException} is the application's words for the client, as an {@code McpToolException} is.
 */
class EnterpriseBeanFailuresKeepTheirMeaningTest {

    @ApplicationException
    static class ClaimLocked extends Exception {
        ClaimLocked(String message) {
            super(message);
        }
    }

    static class InheritedLock extends ClaimLocked {
        InheritedLock() {
            super("inherited");
        }
    }

    @ApplicationException(inherited = false)
    static class NotPassedOn extends RuntimeException {
    }

    static class Subclass extends NotPassedOn {
    }

    @Test
    void aSystemExceptionIsClassifiedByWhatTheMethodThrew() {
        McpToolException own = new McpToolException("Claim 5 lacks a signed form");
        EJBException wrapped = new EJBException(own);
        assertEquals(Failures.Kind.BUSINESS, Failures.classify(wrapped));
        assertSame(own, Failures.unwrap(wrapped));
        assertSame(own, Failures.unwrap(new EJBTransactionRolledbackException("rolled back", new EJBException(own))));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new EJBException(new SQLTransientConnectionException("refused"))));
        assertEquals(Failures.Kind.BUG, Failures.classify(new EJBException(new IllegalStateException("defect"))));
        McpProtocolException protocol = McpProtocolException.invalidParams("bad");
        assertThrows(McpProtocolException.class, () -> Failures.rethrowProtocolFaults(new EJBException(protocol), "Tool t"));
    }

    @Test
    void aRefusalByTheContainerIsDeniedAndAnsweredAsHidden() {
        assertEquals(Failures.Kind.DENIED, Failures.classify(new EJBAccessException("caller alice lacks underwriter")));
        assertEquals(Failures.Kind.DENIED, Failures.classify(new EJBException(new EJBAccessException("nested call refused"))));
        FeatureDenied denied = assertThrows(FeatureDenied.class,
                () -> Failures.rethrowProtocolFaults(new EJBAccessException("alice"), "Tool t"));
        assertEquals(null, denied.getMessage());
        assertEquals(0, denied.getStackTrace().length);
    }

    @Test
    void anApplicationExceptionIsTheApplicationsAnswer() {
        assertEquals(Failures.Kind.BUSINESS, Failures.classify(new ClaimLocked("Claim 9 is not open")));
        assertEquals(Failures.Kind.BUSINESS, Failures.classify(new InheritedLock()));
        assertEquals(Failures.Kind.BUSINESS, Failures.classify(new NotPassedOn()));
        assertEquals(Failures.Kind.BUG, Failures.classify(new Subclass()), "inherited = false stops at its class");
    }

    @Test
    void anEmptyWrapperIsItsOwnFailure() {
        EJBException empty = new EJBException("no cause");
        assertSame(empty, Failures.unwrap(empty));
        assertEquals(Failures.Kind.BUG, Failures.classify(empty));
    }
}
