/** A bean the legacy application must not be deployed with: a {@code @Stateful} session bean with a tool. */
package dev.jeemcp.it.legacystateful;
