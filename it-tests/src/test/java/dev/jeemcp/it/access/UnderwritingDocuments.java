package dev.jeemcp.it.access;

import dev.jeemcp.mcp.McpCompletion;
import dev.jeemcp.mcp.McpPrompt;
import dev.jeemcp.mcp.McpResource;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.Handles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Prompts, resources, a template and a completion for underwriters only, beside one prompt and one template for
 * everyone; added to the secured sample by the access tests. Plain CDI bean: the container enforces none of the
 * roles here on Payara 6 or Tomcat, the library does.
 */
@ApplicationScoped
public class UnderwritingDocuments {

    @Inject
    Handles handles;

    @McpTool(name = "write_memo", description = "Writes an underwriting memo; returns its id")
    @RolesAllowed("underwriter")
    public String writeMemo(String text) {
        return handles.create(new Memo(text)).id();
    }

    @McpPrompt(name = "underwriting_brief", description = "Briefs an underwriter on a quote")
    @RolesAllowed("underwriter")
    public String brief(String quote) {
        return "Review the risk of " + quote;
    }

    @McpPrompt(name = "greeting", description = "Greets anyone")
    public String greeting() {
        return "Hello";
    }

    @McpResource(uri = "underwriting://guidelines", description = "The underwriting guidelines")
    @RolesAllowed("underwriter")
    public String guidelines() {
        return "Never insure dragons.";
    }

    @McpResource(uriTemplate = "memo://{id}", description = "An underwriting memo of the caller's tenant")
    @RolesAllowed("underwriter")
    public String memo(String id) {
        return handles.find(id, Memo.class).value().text();
    }

    @McpCompletion(resourceTemplate = "memo://{id}", argument = "id")
    public List<String> memoIds(String prefix) {
        return handles.list(Memo.class).stream().map(Handle::id).filter(id -> id.startsWith(prefix)).toList();
    }

    @McpResource(uriTemplate = "parts://{a}-{b}-{c}/joined", description = "Three variables in one segment, for everyone")
    public String joined(String a, String b, String c) {
        return a + "+" + b + "+" + c;
    }
}
