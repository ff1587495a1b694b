// Many quoting flows at once through a load balancer, with the official TypeScript SDK v2 client, each retrying
// what fails while an instance is killed and restarted. A flow is start -> update -> get -> bind.
// Usage: node scale-flows.mjs <mcp-url> <flows> <concurrency> <flow-name-prefix>. Prints one JSON document:
// {"flows":[{"flow","quote_id","policy_id","retries","ambiguousStarts"}], "failures":[...]}
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const [url, count, concurrency, prefix] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5]];
const MAX_ATTEMPTS = 40;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function connect(flow) {
  // A fresh client per attempt: the transport keeps nothing the server needs, and the balancer picks an instance.
  const client = new Client({ name: 'jeemcp-scale', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { 'X-Flow': flow } } }));
  return client;
}

/** Calls a tool until it answers: a lost answer (502, reset) or a 503 is retried. */
async function call(flow, name, args, state) {
  for (let attempt = 1; ; attempt++) {
    let client;
    let sent = false;
    try {
      client = await connect(flow);
      sent = true;
      return await client.callTool({ name, arguments: args });
    } catch (error) {
      state.retries++;
      if (name === 'start_quote' && sent && !String(error).includes('retryable')) {
        state.ambiguousStarts++; // the quote may exist although its answer was lost; a 503 says it does not
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(`${flow}: ${name} failed ${attempt} times, last: ${error}`);
      }
      await sleep(250); // a client's pause between retries, not a wait for something
    } finally {
      await client?.close().catch(() => {});
    }
  }
}

async function runFlow(flow) {
  const state = { flow, retries: 0, ambiguousStarts: 0 };
  const started = await call(flow, 'start_quote',
    { product: 'HOME', applicant: { age: 30 + (flow.length % 40), smoker: false, postcode: '1011' } }, state);
  state.quote_id = started.structuredContent.quote_id;
  const coverage = { sumInsured: 300000, deductible: 1000, extras: ['LEGAL_EXPENSES'] };
  const updated = await call(flow, 'update_coverage', { quote_id: state.quote_id, coverage }, state);
  if (updated.isError) throw new Error(`${flow}: update failed: ${updated.content[0].text}`);
  const read = await call(flow, 'get_quote', { quote_id: state.quote_id }, state);
  if (read.structuredContent.coverage.sumInsured !== 300000) throw new Error(`${flow}: read lost the update`);
  const bound = await call(flow, 'bind_policy', { quote_id: state.quote_id }, state);
  if (bound.isError) {
    // A retried bind whose first attempt went through: the quote says which policy it got.
    const again = await call(flow, 'get_quote', { quote_id: state.quote_id }, state);
    state.policy_id = again.structuredContent.policy_id;
    state.bindRetriedAfterSuccess = true;
  } else {
    state.policy_id = bound.structuredContent.policy_id;
  }
  return state;
}

const flows = [];
const failures = [];
let next = 0;
async function worker() {
  for (let i = next++; i < count; i = next++) {
    try {
      flows.push(await runFlow(`${prefix}-${i}`));
    } catch (error) {
      failures.push(String(error));
    }
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
console.log(JSON.stringify({ flows, failures }));
