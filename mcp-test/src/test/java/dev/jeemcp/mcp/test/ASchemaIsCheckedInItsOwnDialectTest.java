package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import org.junit.jupiter.api.Test;

/**
 * A tool schema that declares its {@code $schema} is checked against that dialect's meta-schema, not 2020-12's; a
 * dialect the validator does not know is a violation that says so.
 */
class ASchemaIsCheckedInItsOwnDialectTest {

    private static ScriptedServer listing(String outputSchema) {
        String tools = "{\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"private\",\"tools\":[{\"name\":\"t\","
                + "\"inputSchema\":{\"type\":\"object\"},\"outputSchema\":" + outputSchema + "}]}";
        return new ScriptedServer(request -> Reply.json(ScriptedServer.result(request, tools)));
    }

    @Test
    void aDraft04SchemaValidInDraft04Passes() {
        // exclusiveMaximum is a boolean in draft-04 and a number in 2020-12: the 2020-12 meta-schema would refuse this.
        try (ScriptedServer server = listing("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"type\":\"object\","
                + "\"properties\":{\"n\":{\"type\":\"number\",\"maximum\":5,\"exclusiveMaximum\":true}}}")) {
            server.client().tools().assertListed("t");
        }
    }

    @Test
    void aDraft07SchemaInvalidInDraft07FailsNamingItsDialect() {
        try (ScriptedServer server = listing("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\","
                + "\"properties\":{\"n\":{\"type\":\"number\",\"exclusiveMaximum\":true}}}")) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().tools());
            assertTrue(violation.getMessage().contains("is a valid JSON Schema (http://json-schema.org/draft-07/schema)"),
                    violation.getMessage());
        }
    }

    @Test
    void anUnknownDialectFails() {
        try (ScriptedServer server = listing("{\"$schema\":\"https://example.com/my-dialect\",\"type\":\"object\"}")) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().tools());
            assertTrue(violation.getMessage().contains("declares a JSON Schema dialect the kit can check"), violation.getMessage());
        }
    }

    @Test
    void withoutADeclarationItIs202012() {
        try (ScriptedServer server = listing("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"number\",\"exclusiveMaximum\":true}}}")) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().tools());
            assertTrue(violation.getMessage().contains("(https://json-schema.org/draft/2020-12/schema)"), violation.getMessage());
        }
    }
}
