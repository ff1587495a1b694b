package dev.jeemcp.it.legacyapp.service;

import dev.jeemcp.mcp.McpTool;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/** A risk model that runs on the server's managed executor: its tool answers when the work there completes. */
@Stateless
@RolesAllowed("quoter")
public class RiskDesk {

    @Resource
    ManagedExecutorService executor;

    @McpTool(name = "assess_risk", description = "Scores a claim amount on the server's managed executor")
    public CompletableFuture<RiskScore> assessRisk(BigDecimal amount) {
        return executor.supplyAsync(() -> new RiskScore(amount.compareTo(new BigDecimal("10000")) > 0 ? "HIGH" : "LOW",
                Thread.currentThread().getName()));
    }
}
