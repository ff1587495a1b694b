/**
 * "legacy-app": a fixture built like an existing Jakarta EE application that had MCP annotations added on top,
 * without changing how it was written: an Enterprise Beans service layer with container-managed transactions and
 * {@code @RolesAllowed} ({@code service}), JPA entities with lazy and bidirectional associations and Bean Validation
 * ({@code claims}), and a JAX-RS API ({@code rest}). Its data lives in PostgreSQL, schema {@code legacy}.
 */
package dev.jeemcp.it.legacyapp;
