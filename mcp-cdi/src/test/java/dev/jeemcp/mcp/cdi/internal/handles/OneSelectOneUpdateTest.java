package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.handles.Handle;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading a handle and updating it costs the database one SELECT and one UPDATE, counted by Hibernate. */
class OneSelectOneUpdateTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void readAndUpdateIsTwoStatements(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Handle<Quote> quote = store.as("counted", () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));
        Statistics statistics = store.statistics();
        statistics.clear();

        Handle<Quote> updated = store.as("counted", () -> {
            Handle<Quote> read = store.handles().find(quote.id(), Quote.class);
            return store.handles().update(read, read.value().with("priced"));
        });

        assertEquals(2, statistics.getPrepareStatementCount(), "statements sent to the database");
        assertEquals(1, statistics.getEntityLoadCount(), "one of them the SELECT by primary key");
        assertEquals(0, statistics.getEntityUpdateCount(), "no ORM update: the other is the guarded bulk UPDATE");
        statistics.clear();
        assertEquals(quote.version() + 1, store.as("counted", () -> store.handles().find(quote.id(), Quote.class)).version());
        assertEquals(List.of("priced"), updated.value().notes());
    }
}
