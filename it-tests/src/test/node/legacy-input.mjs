// The official TypeScript SDK v1 client (2025-11-25), with elicitation and sampling handlers, binds quotes through
// bind_policy_confirmed behind a balancer: the server asks for the confirmation on the call's event stream, and the
// client's answer is a new POST, which the balancer may send to another instance. Every request carries X-Flow, so
// the balancer's log tells which instance held each call and which took its answer.
// Usage: node legacy-input.mjs <mcp-url> <calls>. Prints one JSON document; a step that throws ends the run and is
// reported as {"failed": {"step", "code", "message"}}.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CreateMessageRequestSchema, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const [url, calls] = process.argv.slice(2);
let flow = 'setup';
let confirm = true;
const seen = { asked: [], bound: [], declined: null, sampled: 0 };

const client = new Client({ name: 'jeemcp-it-legacy-input', version: '1.0.0' },
  { capabilities: { elicitation: {}, sampling: {} } });
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  seen.asked.push({ flow, message: request.params.message, schema: request.params.requestedSchema });
  return confirm ? { action: 'accept', content: { confirm: true } } : { action: 'decline' };
});
client.setRequestHandler(CreateMessageRequestSchema, async () => {
  seen.sampled++;
  return { role: 'assistant', content: { type: 'text', text: 'fine' }, model: 'test-model', stopReason: 'endTurn' };
});
const transport = new StreamableHTTPClientTransport(new URL(url), {
  fetch: (input, init) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), 'X-Flow': flow } }),
});

async function quote() {
  flow = 'setup';
  const started = await client.callTool({ name: 'start_quote', arguments: { product: 'HOME', applicant: { age: 42, smoker: false, postcode: '1011' } } });
  return started.structuredContent.quote_id;
}

let step = 'connect';
try {
  await client.connect(transport);
  seen.protocolVersion = transport.protocolVersion;
  for (let i = 1; i <= Number(calls); i++) {
    step = 'confirm-' + i;
    const quoteId = await quote();
    flow = step;
    const result = await client.callTool({ name: 'bind_policy_confirmed', arguments: { quote_id: quoteId } });
    seen.bound.push({ flow, quoteId, isError: result.isError ?? false, policy: result.structuredContent ?? null });
  }
  step = 'decline';
  const quoteId = await quote();
  flow = step;
  confirm = false;
  seen.declined = await client.callTool({ name: 'bind_policy_confirmed', arguments: { quote_id: quoteId } });
} catch (error) {
  seen.failed = { step, code: error.code ?? null, message: String(error.message ?? error) };
} finally {
  await client.close();
}
console.log(JSON.stringify(seen));
