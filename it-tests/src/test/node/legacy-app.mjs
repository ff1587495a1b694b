// The legacy application (Enterprise Beans, JPA entities, JAX-RS) driven by one of the official TypeScript clients,
// logged in with HTTP BASIC. The client lists the tools first, so it validates every structuredContent against the
// tool's outputSchema with its own validator and throws when they disagree.
// Usage: node legacy-app.mjs <v1|v2> <mcp-url> <user> <password>. Prints one JSON document; a step that throws ends
// the run and is reported as {"failed": {"step", "code", "message"}}.
import { Client as ModernClient, StreamableHTTPClientTransport as ModernTransport } from '@modelcontextprotocol/client';
import { Client as LegacyClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as LegacyTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [kind, url, user, password] = process.argv.slice(2);
const requestInit = { headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64') } };

async function connect() {
  if (kind === 'v1') {
    const client = new LegacyClient({ name: 'jeemcp-it-legacy-v1', version: '1.0.0' });
    await client.connect(new LegacyTransport(new URL(url), { requestInit }));
    return client;
  }
  const client = new ModernClient({ name: 'jeemcp-it-legacy-v2', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
  await client.connect(new ModernTransport(new URL(url), { requestInit }));
  return client;
}

const seen = { client: kind, steps: [] };

async function step(name, work) {
  seen.steps.push(name);
  try {
    return await work();
  } catch (error) {
    seen.failed = { step: name, code: error.code ?? null, message: String(error.message ?? error) };
    throw error;
  }
}

const client = await connect();
try {
  seen.tools = (await step('list', () => client.listTools())).tools.map(t => t.name).sort();
  const opened = await step('open', () => client.callTool({ name: 'open_claim',
    arguments: { customer: 'Ada Lovelace', description: 'Hail damage to the roof', amount: 1250.5 } }));
  seen.opened = opened.structuredContent;
  const id = opened.structuredContent.claim_id;
  seen.found = (await step('find', () => client.callTool({ name: 'find_claim', arguments: { id } }))).structuredContent;
  seen.got = (await step('get', () => client.callTool({ name: 'get_claim', arguments: { id } }))).structuredContent;
  seen.searched = (await step('search', () => client.callTool({ name: 'search_claims', arguments: { status: 'OPEN', limit: 50 } }))).structuredContent;
  seen.counts = (await step('counts', () => client.callTool({ name: 'claim_counts', arguments: {} }))).structuredContent;
  seen.caller = (await step('who', () => client.callTool({ name: 'who_am_i', arguments: {} }))).structuredContent;
  seen.withdrawn = await step('withdraw', () => client.callTool({ name: 'withdraw_claim', arguments: { id: 999999 } }));
  seen.handbook = (await step('handbook', () => client.readResource({ uri: 'claims://handbook' }))).contents[0].text;
  seen.summary = (await step('summary', () => client.getPrompt({ name: 'claim_summary', arguments: { id: String(id) } }))).messages[0].content.text;
} catch (error) {
  seen.failed ??= { step: 'connect', code: error.code ?? null, message: String(error.message ?? error) };
} finally {
  await client.close();
}
console.log(JSON.stringify(seen));
