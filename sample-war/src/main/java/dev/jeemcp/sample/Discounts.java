package dev.jeemcp.sample;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.McpToolException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Discounts need an underwriter, and the underwriter's explicit confirmation: the tool asks the user through the
 * client (elicitation) before it grants anything, without keeping any state on the server in between.
 */
@ApplicationScoped
@Audited
public class Discounts {

    /** What was granted. */
    public record Discount(String reference, int percent, String approvedBy) {
    }

    private static final JsonObject CONFIRMATION = Json.createObjectBuilder()
            .add("type", "object")
            .add("properties", Json.createObjectBuilder()
                    .add("confirm", Json.createObjectBuilder().add("type", "boolean").add("description", "Grant the discount")))
            .add("required", Json.createArrayBuilder().add("confirm"))
            .build();

    @McpTool(name = "approve_discount", title = "Approve discount",
            description = "Grants a discount on a quote or policy; asks the underwriter to confirm first", idempotent = true)
    @RolesAllowed("underwriter")
    public Discount approveDiscount(String reference, @McpParam(description = "Discount in percent") @Min(1) @Max(30) int percent,
            McpRequest request) {
        JsonObject answer = request.inputResponses().getJsonObject("confirm");
        if (answer == null) {
            throw InputRequired.builder()
                    .elicit("confirm", "Grant " + percent + "% on " + reference + "?", CONFIRMATION)
                    .state(Json.createObjectBuilder().add("reference", reference).add("percent", percent).build())
                    .build();
        }
        // The signed state says what was asked; the arguments of the retry must not have changed it.
        if (!reference.equals(request.state().getString("reference", null)) || percent != request.state().getInt("percent", -1)) {
            throw new McpToolException("the confirmation was given for another discount; ask again");
        }
        boolean confirmed = "accept".equals(answer.getString("action", ""))
                && answer.getJsonObject("content") != null && answer.getJsonObject("content").getBoolean("confirm", false);
        if (!confirmed) {
            throw new McpToolException("the underwriter did not confirm the discount");
        }
        return new Discount(reference, percent, request.caller().map(p -> p.getName()).orElse("anonymous"));
    }
}
