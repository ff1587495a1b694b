/**
 * Traces and metrics of the endpoint and of task runs, through the OpenTelemetry API where the application has it
 * (MicroProfile Telemetry on Payara and WildFly, the API and SDK in the WAR on Tomcat), and nothing where it has not.
 * {@link dev.jeemcp.mcp.internal.telemetry.Telemetry} is what both jars call; whether it records anything is decided
 * once per deployment, and only the classes that record name OpenTelemetry's types, so they are never linked without
 * it. Names of spans, attributes and metrics: docs/operations/telemetry.md.
 *
 * <p>Not supported API: internal to the jeemcp jars; it may change in any release.
 */
package dev.jeemcp.mcp.internal.telemetry;
