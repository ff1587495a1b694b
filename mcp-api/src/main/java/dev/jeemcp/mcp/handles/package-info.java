/**
 * Explicit state handles: application state the model carries between tool calls as an opaque id ({@code quote_…}),
 * stored with JPA in the application's own persistence unit, scoped to the caller's tenant, versioned against lost
 * updates, and expiring.
 *
 * <p>The protocol has no session, so state that spans calls lives here and nowhere else: any instance can load a
 * handle that another created.
 */
package dev.jeemcp.mcp.handles;
