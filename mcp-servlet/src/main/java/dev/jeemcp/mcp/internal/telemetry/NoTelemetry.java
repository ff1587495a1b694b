package dev.jeemcp.mcp.internal.telemetry;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;

/** Records nothing: one shared instance is the telemetry, every exchange, run and scope, and its methods are empty. */
enum NoTelemetry implements Telemetry, Exchange, Run, Telemetry.Scope {
    INSTANCE;

    @Override
    public boolean isOn() {
        return false;
    }

    @Override
    public Exchange exchange(String method, Target kind, String target, boolean known, JsonValue id, JsonObject meta, HttpServletRequest request) {
        return this;
    }

    @Override
    public void refused(int status, JsonObject body) {
        // off
    }

    @Override
    public JsonObject currentContext() {
        return null;
    }

    @Override
    public Run taskRun(String tool, String taskId, JsonObject creator) {
        return this;
    }

    @Override
    public void taskTransition(String status) {
        // off
    }

    @Override
    public void handleConflict() {
        // off
    }

    @Override
    public boolean recordsCaller() {
        return false;
    }

    @Override
    public void tenant(String tenant) {
        // off
    }

    @Override
    public void protocolVersion(String version) {
        // off
    }

    @Override
    public Telemetry.Scope enter() {
        return this;
    }

    @Override
    public void end(int status, JsonObject body) {
        // off
    }

    @Override
    public void abandoned() {
        // off
    }

    @Override
    public void streamOpened() {
        // off
    }

    @Override
    public void streamClosed() {
        // off
    }

    @Override
    public void end(String errorType, String message) {
        // off
    }

    @Override
    public void close() {
        // off
    }
}
