// Drives the server with the official TypeScript SDK v2 client, which speaks 2026-07-28.
// Usage: node modern-client.mjs <mcp-url>. Prints one JSON document with what it saw.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const client = new Client({ name: 'jeemcp-it-modern', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
const transport = new StreamableHTTPClientTransport(new URL(process.argv[2]));
await client.connect(transport);

const seen = {
  protocolVersion: client.getNegotiatedProtocolVersion(),
  serverName: client.getServerVersion()?.name,
  sessionId: transport.sessionId ?? null,
};
const listed = await client.listTools();
seen.tools = listed.tools;
seen.estimate = await client.callTool({
  name: 'estimate_premium',
  arguments: { product: 'HOME', applicant: { age: 42, smoker: false, postcode: '1011' }, coverage: 250000 },
});
try {
  // Refused argument values are an isError result (SEP-1303), which the client hands back like any result.
  seen.invalidArguments = await client.callTool({ name: 'estimate_premium', arguments: { product: 'BOAT', applicant: { age: 'old', smoker: false, postcode: '1011' } } });
} catch (error) {
  seen.invalidArguments = { code: error.code, message: error.message };
}
seen.toolError = await client.callTool({ name: 'check_postcode', arguments: { postcode: 'SW1A' } });
seen.renewal = await client.callTool({ name: 'renewal_date', arguments: { start: '2026-01-31', termMonths: 1 } });
await client.close();
console.log(JSON.stringify(seen));
