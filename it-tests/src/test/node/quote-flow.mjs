// The quoting flow across two instances with the official TypeScript SDK v2 client: the quote is started on the
// first and updated, read and bound on the second, with nothing shared but the database.
// Usage: node quote-flow.mjs <mcp-url-of-instance-1> <mcp-url-of-instance-2>. Prints one JSON document.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

async function connect(url) {
  const client = new Client({ name: 'jeemcp-it-quotes', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

const first = await connect(process.argv[2]);
const second = await connect(process.argv[3]);
const seen = {};
const started = await first.callTool({
  name: 'start_quote',
  arguments: { product: 'HOME', applicant: { age: 42, smoker: false, postcode: '1011' } },
});
seen.started = started.structuredContent;
const quoteId = started.structuredContent.quote_id;
seen.updated = (await second.callTool({
  name: 'update_coverage',
  arguments: { quote_id: quoteId, coverage: { sumInsured: 300000, deductible: 1000, extras: ['LEGAL_EXPENSES'] } },
})).structuredContent;
seen.read = (await first.callTool({ name: 'get_quote', arguments: { quote_id: quoteId } })).structuredContent;
seen.listed = await second.callTool({ name: 'list_quotes', arguments: {} }); // anonymous: refused, the tenant is shared
seen.bound = (await second.callTool({ name: 'bind_policy', arguments: { quote_id: quoteId } })).structuredContent;
seen.boundAgain = await first.callTool({ name: 'bind_policy', arguments: { quote_id: quoteId } });
seen.updateAfterBind = await first.callTool({
  name: 'update_coverage',
  arguments: { quote_id: quoteId, coverage: { sumInsured: 1000, deductible: 0, extras: [] } },
});
await first.close();
await second.close();
console.log(JSON.stringify(seen));
