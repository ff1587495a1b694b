package dev.jeemcp.it;

import static dev.jeemcp.it.infra.AccessFixtures.failure;
import static dev.jeemcp.it.infra.AccessFixtures.result;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.AccessFixtures;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * @RolesAllowed on prompts, resources and templates of a plain CDI bean is enforced by the library, as on tools:
 * alice and bob (quoters) do not see the underwriters' items, and asking for one answers byte for byte as for an item
 * that does not exist; carol and erin (underwriters) see and use them; anonymous callers are refused by the gate.
 */
@ExtendWith(ArquillianExtension.class)
class FeatureAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AccessFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    private RawHttp anonymous;
    private RawHttp alice;
    private RawHttp bob;
    private RawHttp carol;

    @BeforeEach
    void connect() {
        anonymous = new RawHttp(Deployments.endpoint(base));
        alice = anonymous.as("alice", "alice-secret");
        bob = anonymous.as("bob", "bob-secret");
        carol = anonymous.as("carol", "carol-secret");
    }

    private static List<String> names(JsonObject list, String key, String member) {
        return list.getJsonArray(key).stream().map(JsonValue::asJsonObject).map(o -> o.getString(member)).toList();
    }

    @Test
    void listsShowEachCallerOnlyWhatItMayUseAndArePrivate() {
        for (RawHttp quoter : List.of(alice, bob)) {
            JsonObject prompts = result(quoter, "prompts/list", obj(), null);
            assertTrue(names(prompts, "prompts", "name").contains("greeting"));
            assertFalse(names(prompts, "prompts", "name").contains("underwriting_brief"));
            assertEquals("private", prompts.getString("cacheScope"));
            JsonObject resources = result(quoter, "resources/list", obj(), null);
            assertFalse(names(resources, "resources", "uri").contains("underwriting://guidelines"));
            assertEquals("private", resources.getString("cacheScope"));
            JsonObject templates = result(quoter, "resources/templates/list", obj(), null);
            assertEquals(List.of("parts://{a}-{b}-{c}/joined"), names(templates, "resourceTemplates", "uriTemplate"));
            assertEquals("private", templates.getString("cacheScope"));
        }
        assertTrue(names(result(carol, "prompts/list", obj(), null), "prompts", "name").contains("underwriting_brief"));
        assertTrue(names(result(carol, "resources/list", obj(), null), "resources", "uri").contains("underwriting://guidelines"));
        assertTrue(names(result(carol, "resources/templates/list", obj(), null), "resourceTemplates", "uriTemplate").contains("memo://{id}"));
        anonymous.expect(anonymous.modern("prompts/list", obj(), null), 401, null);
    }

    @Test
    void aHiddenItemAnswersExactlyLikeOneThatDoesNotExist() {
        for (RawHttp quoter : List.of(alice, bob)) {
            assertEquals(failure(quoter, "prompts/get", id -> obj("name", id), "no_such_prompt"),
                    failure(quoter, "prompts/get", id -> obj("name", id), "underwriting_brief"));
            assertEquals(failure(quoter, "resources/read", id -> obj("uri", id), "underwriting://nothing"),
                    failure(quoter, "resources/read", id -> obj("uri", id), "underwriting://guidelines"));
            assertEquals(failure(quoter, "resources/read", id -> obj("uri", id), "nothing://memo_1"),
                    failure(quoter, "resources/read", id -> obj("uri", id), "memo://memo_1"));
            assertEquals(failure(quoter, "completion/complete",
                            id -> obj("ref", obj("type", "ref/prompt", "name", id), "argument", obj("name", "quote", "value", "")), "no_such_prompt"),
                    failure(quoter, "completion/complete",
                            id -> obj("ref", obj("type", "ref/prompt", "name", id), "argument", obj("name", "quote", "value", "")), "underwriting_brief"));
            assertEquals(failure(quoter, "completion/complete",
                            id -> obj("ref", obj("type", "ref/resource", "uri", id), "argument", obj("name", "id", "value", "")), "nothing://{id}"),
                    failure(quoter, "completion/complete",
                            id -> obj("ref", obj("type", "ref/resource", "uri", id), "argument", obj("name", "id", "value", "")), "memo://{id}"));
        }
    }

    @Test
    void anUnderwriterUsesThem() {
        assertEquals("Review the risk of quote_1", result(carol, "prompts/get", obj("name", "underwriting_brief", "arguments", obj("quote", "quote_1")),
                "underwriting_brief").getJsonArray("messages").getJsonObject(0).getJsonObject("content").getString("text"));
        assertEquals("Never insure dragons.", result(carol, "resources/read", obj("uri", "underwriting://guidelines"), "underwriting://guidelines")
                .getJsonArray("contents").getJsonObject(0).getString("text"));
    }
}
