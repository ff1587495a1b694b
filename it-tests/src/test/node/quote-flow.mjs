// The whole quoting flow, and every other sample tool, across two instances with one of the official TypeScript
// clients: the quote is started on the first and updated, read, listed, underwritten and bound on the second (another
// one bound after the user confirmed its premium, through the client's elicitation handler), with
// nothing shared but the database. Both clients list the tools first, so each validates every structuredContent
// against the tool's outputSchema with its own validator (ajv with ajv-formats) and throws when they disagree.
// Usage: node quote-flow.mjs <v1|v2> <mcp-url-of-instance-1> <mcp-url-of-instance-2>. Prints one JSON document; a
// step that throws ends the flow and is reported as {"failed": {"step", "code", "message"}}.
import { Client as ModernClient, StreamableHTTPClientTransport as ModernTransport } from '@modelcontextprotocol/client';
import { Client as LegacyClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as LegacyTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const [kind, firstUrl, secondUrl] = process.argv.slice(2);

const seen = { client: kind, steps: [], called: [], asked: [] };

/** The user, who confirms every premium bind_policy_confirmed asks about. */
async function confirm(request) {
  seen.asked.push(request.params.message);
  return { action: 'accept', content: { confirm: true } };
}

async function connect(url) {
  if (kind === 'v1') {
    const client = new LegacyClient({ name: 'jeemcp-it-quotes-v1', version: '1.0.0' }, { capabilities: { elicitation: {} } });
    client.setRequestHandler(ElicitRequestSchema, confirm);
    await client.connect(new LegacyTransport(new URL(url)));
    return client;
  }
  const client = new ModernClient({ name: 'jeemcp-it-quotes-v2', version: '1.0.0' },
    { versionNegotiation: { mode: 'auto' }, capabilities: { elicitation: {} } });
  client.setRequestHandler('elicitation/create', confirm);
  await client.connect(new ModernTransport(new URL(url)));
  return client;
}

/** One step: the tool's result, or the end of the flow when the client throws. */
async function step(name, client, tool, args) {
  seen.steps.push(name);
  if (!seen.called.includes(tool)) {
    seen.called.push(tool);
  }
  try {
    return await client.callTool({ name: tool, arguments: args });
  } catch (error) {
    seen.failed = { step: name, tool, code: error.code ?? null, message: String(error.message ?? error) };
    throw error;
  }
}

const first = await connect(firstUrl);
const second = await connect(secondUrl);
try {
  seen.tools = (await first.listTools()).tools.map(t => t.name);
  await second.listTools(); // each client validates against the schemas it listed

  const started = await step('started', first, 'start_quote', { product: 'HOME', applicant: { age: 42, smoker: false, postcode: '1011' } });
  seen.started = started.structuredContent;
  const quoteId = started.structuredContent.quote_id;
  seen.updated = (await step('updated', second, 'update_coverage', {
    quote_id: quoteId, coverage: { sumInsured: 300000, deductible: 1000, extras: ['LEGAL_EXPENSES'] },
  })).structuredContent;
  seen.read = (await step('read', first, 'get_quote', { quote_id: quoteId })).structuredContent;
  seen.listed = await step('listed', second, 'list_quotes', {}); // anonymous: refused, the tenant is shared
  seen.underwritten = (await step('underwritten', second, 'underwrite_quote', { quote_id: quoteId })).structuredContent;
  seen.documents = (await step('documents', first, 'send_quote_documents', { quote_id: quoteId })).structuredContent;
  seen.bound = (await step('bound', second, 'bind_policy', { quote_id: quoteId })).structuredContent;
  seen.boundAgain = await step('boundAgain', first, 'bind_policy', { quote_id: quoteId });
  seen.updateAfterBind = await step('updateAfterBind', first, 'update_coverage', {
    quote_id: quoteId, coverage: { sumInsured: 1000, deductible: 0, extras: [] },
  });
  // A second quote, bound after the user confirmed its premium: asked through the client (input_required for v2, a
  // request on the call's event stream for v1), answered by the handler above.
  const another = (await step('startedAgain', first, 'start_quote', {
    product: 'HOME', applicant: { age: 42, smoker: false, postcode: '1011' },
  })).structuredContent.quote_id;
  seen.confirmed = (await step('confirmed', second, 'bind_policy_confirmed', { quote_id: another })).structuredContent;

  // The sample's other tools (approve_discount is for underwriters only and not listed to this anonymous caller).
  seen.estimate = (await step('estimate', second, 'estimate_premium', {
    product: 'MOTOR', applicant: { age: 22, smoker: true, postcode: '4000' }, coverage: 250000,
  })).structuredContent;
  seen.products = (await step('products', first, 'list_products', {})).structuredContent;
  seen.postcode = (await step('postcode', second, 'check_postcode', { postcode: '1011' })).structuredContent;
  seen.badPostcode = await step('badPostcode', first, 'check_postcode', { postcode: 'SW1A' });
  seen.renewal = (await step('renewal', second, 'renewal_date', { start: '2026-01-31', termMonths: 1 })).structuredContent;
  seen.audit = (await step('audit', first, 'audit_count', {})).structuredContent;
} catch (error) {
  seen.failed ??= { step: 'connect', code: error.code ?? null, message: String(error.message ?? error) };
} finally {
  await first.close();
  await second.close();
}
console.log(JSON.stringify(seen));
