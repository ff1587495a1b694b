package dev.jeemcp.it.infra;

import dev.jeemcp.it.access.Memo;
import dev.jeemcp.it.access.UnderwritingDocuments;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The secured sample with tenants from roles and the underwriters' documents, and what the access tests ask of it. */
public final class AccessFixtures {

    private AccessFixtures() {
    }

    public static WebArchive deployment() {
        return Deployments.secured(
                "<context-param><param-name>mcp.tenantRoles</param-name><param-value>tenant-a,tenant-b</param-value></context-param>")
                .addClasses(UnderwritingDocuments.class, Memo.class);
    }

    public static JsonObject result(RawHttp caller, String method, JsonObject params, String name) {
        return caller.expect(caller.modern(method, params, name), 200, null).getJsonObject("result");
    }

    /** The whole answer to a request that fails: HTTP status and JSON-RPC error, with {@code id} put for the name. */
    public static String failure(RawHttp caller, HttpRequest.Builder request, String name) {
        HttpResponse<String> response = caller.send(request);
        JsonObject body = RawHttp.parse(response.body());
        if (!body.containsKey("error")) {
            throw new AssertionError("expected an error: " + response.body());
        }
        return response.statusCode() + " " + body.getJsonObject("error").toString().replace(name, "ID");
    }

    /** The same for a request whose params {@code params} makes for the name. */
    public static String failure(RawHttp caller, String method, Function<String, JsonObject> params, String name) {
        return failure(caller, caller.modern(method, params.apply(name), name), name);
    }
}
