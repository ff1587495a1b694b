package ${package};

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.test.McpClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application as an MCP client sees it, on Payara Micro: the test kit checks every answer against the protocol
 * and every structured result against the tool's output schema, as a strict client would.
 */
@ExtendWith(ArquillianExtension.class)
class NoteToolsIT {

    /** The WAR the build just packaged. */
    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "${artifactId}.war")
                .importFrom(new File("target/${artifactId}.war")).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private McpClient client;

    @BeforeEach
    void connect() {
        client = McpClient.connect(base);
    }

    @Test
    void theToolIsListed() {
        client.tools().assertListed("take_note");
    }

    @Test
    void aNoteIsKeptBetweenCallsByItsId() {
        JsonObject first = client.call("take_note", obj("line", "buy milk")).assertSuccess().structured();
        String noteId = first.getString("note_id");
        JsonObject second = client.call("take_note", obj("line", "call Anna", "note_id", noteId)).assertSuccess().structured();
        assertEquals(noteId, second.getString("note_id"));
        assertEquals(Json.createArrayBuilder().add("buy milk").add("call Anna").build(), second.getJsonArray("lines"));
    }

    @Test
    void anUnknownNoteIsAnErrorTheModelReads() {
        client.call("take_note", obj("line", "x", "note_id", "note_" + "Q".repeat(22))).assertError("not found");
    }

    @Test
    void aBlankLineIsRefusedBeforeTheToolRuns() {
        client.call("take_note", obj("line", " ")).assertError("line");
    }

    @Test
    void legacyClientsAreServedToo() {
        client.legacy().call("take_note", obj("line", "from an older client")).assertSuccess();
    }
}
