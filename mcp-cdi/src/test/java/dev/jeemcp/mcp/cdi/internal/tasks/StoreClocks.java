package dev.jeemcp.mcp.cdi.internal.tasks;

import java.time.Clock;

/** Sets the clock of a task store from tests in other packages (an instance whose clock is off): the hook stays package-private. */
public final class StoreClocks {

    private StoreClocks() {
    }

    public static void set(TaskStore store, Clock clock) {
        store.setClock(clock);
    }
}
