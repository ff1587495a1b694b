package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever arguments a client sends, a tool call either runs the tool or is refused before it runs with an
 * {@code isError} result (SEP-1303; until issue 13, -32602): validation and binding never let a value through that
 * JSON-B cannot bind, and never fail any other way.
 */
class ArgumentFuzzTest {

    private static CatalogFixture fixture;

    @BeforeContainer
    static void boot() {
        fixture = new CatalogFixture(PricingTools.class);
    }

    @AfterContainer
    static void shutdown() {
        fixture.close();
    }

    @Property(tries = 500)
    void anyArgumentsRunTheToolOrAreAnErrorResult(@ForAll("arguments") JsonObject arguments) {
        JsonObject result = fixture.tool("price").call(arguments, CatalogFixture.ANONYMOUS);
        assertTrue(result.containsKey("content"));
        boolean rejected = fixture.tool("price").rejectedArguments(arguments).isPresent();
        assertEquals(rejected, result.getBoolean("isError"), result.toString());
        if (!rejected) {
            assertTrue(result.containsKey("structuredContent"));
        }
    }

    /** Objects with the tool's argument names (and a stray one) holding values of every JSON type, nested. */
    @Provide
    Arbitrary<JsonObject> arguments() {
        Arbitrary<JsonValue> scalar = Arbitraries.oneOf(
                Arbitraries.integers().between(-200, 200).map(i -> Json.PROVIDER.createValue(i)),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> Json.PROVIDER.createValue(d)),
                Arbitraries.of("BASIC", "FULL", "GOLD", "", "x").map(s -> Json.PROVIDER.createValue(s)),
                Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL));
        Arbitrary<JsonValue> applicant = Arbitraries.maps(Arbitraries.of("age", "smoker", "name"), scalar).ofMaxSize(3)
                .map(map -> {
                    var builder = Json.PROVIDER.createObjectBuilder();
                    map.forEach(builder::add);
                    return builder.build();
                });
        Arbitrary<JsonValue> value = Arbitraries.oneOf(scalar, applicant,
                scalar.list().ofMaxSize(3).map(list -> Json.PROVIDER.createArrayBuilder(list).build()));
        return Arbitraries.maps(Arbitraries.of("cover", "applicant", "discount", "other"), value).ofMaxSize(4).map(map -> {
            var builder = Json.PROVIDER.createObjectBuilder();
            map.forEach(builder::add);
            return builder.build();
        });
    }
}
