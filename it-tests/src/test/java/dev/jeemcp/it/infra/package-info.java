/**
 * What the black-box tests stand on rather than what they test: the servers and how to start them, the archives they
 * deploy, the shared database, nginx, the Node clients, raw HTTP and JSON-RPC requests, JSON Schema checks and
 * deadline polling. The package {@code dev.jeemcp.it} holds only the {@code *IT} classes; the classes deployed into
 * the servers live in {@code fixtures}, {@code access} and {@code security}.
 */
package dev.jeemcp.it.infra;
