// Drives the server with the official TypeScript SDK v1 client, which speaks 2025-11-25 and starts with initialize.
// Usage: node legacy-client.mjs <mcp-url>. Prints one JSON document with what it saw.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const client = new Client({ name: 'jeemcp-it-legacy', version: '1.0.0' });
const transport = new StreamableHTTPClientTransport(new URL(process.argv[2]));
await client.connect(transport);

const seen = { protocolVersion: transport.protocolVersion, sessionId: transport.sessionId ?? null };
seen.tools = (await client.listTools()).tools;
seen.estimate = await client.callTool({
  name: 'estimate_premium',
  arguments: { product: 'MOTOR', applicant: { age: 22, smoker: true, postcode: '4000' } },
});
try {
  await client.callTool({ name: 'no_such_tool', arguments: {} });
  seen.unknownTool = 'accepted';
} catch (error) {
  seen.unknownTool = { code: error.code, message: error.message };
}
seen.products = await client.callTool({ name: 'list_products', arguments: {} });
await client.close();
console.log(JSON.stringify(seen));
