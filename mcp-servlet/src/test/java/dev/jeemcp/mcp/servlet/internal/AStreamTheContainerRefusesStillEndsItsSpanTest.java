package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;

/**
 * A request that wants notifications behind a filter of the application that does not support async cannot have its
 * event stream: the container refuses to go async and answers 500 itself. The request's span still ends, as an
 * internal error, instead of never being exported.
 */
class AStreamTheContainerRefusesStillEndsItsSpanTest {

    @Test
    void theSpanEndsAsAnInternalError() throws Exception {
        try (RecordedTelemetry telemetry = new RecordedTelemetry();
                EmbeddedServer server = new EmbeddedServer(Fixtures.catalog(new Fixtures.EchoTool("echo", null)), Fixtures.settings(),
                        context -> {
                            FilterDef filter = new FilterDef();
                            filter.setFilterName("legacy");
                            filter.setAsyncSupported("false");
                            filter.setFilter(new jakarta.servlet.http.HttpFilter() {
                                private static final long serialVersionUID = 1L;
                            });
                            context.addFilterDef(filter);
                            FilterMap everything = new FilterMap();
                            everything.setFilterName("legacy");
                            everything.addURLPattern("/*");
                            context.addFilterMap(everything);
                        })) {
            int status = server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                    + "\"_meta\":{\"progressToken\":\"p1\"}}}")).statusCode();
            assertEquals(500, status);
            SpanData span = telemetry.awaitSpans(1).get(0);
            assertEquals("-32603", span.getAttributes().get(AttributeKey.stringKey("error.type")));
            assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
        }
    }
}
