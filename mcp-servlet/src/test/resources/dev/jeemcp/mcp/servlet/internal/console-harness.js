// Runs the console's script under node with a minimal fake DOM and a fake endpoint, then prints what it rendered
// and which URLs it fetched as JSON. Arguments: the script's path, the page's path, the tools/list answer as JSON.
'use strict';
const fs = require('fs');
const vm = require('vm');
const [script, pathname, toolsJson] = process.argv.slice(2);

class Node {
  constructor(tag) {
    this.tag = tag;
    this.attributes = {};
    this.children = [];
    this.text = '';
    this.hidden = false;
    this.value = '';
  }
  setAttribute(name, value) { this.attributes[name] = String(value); }
  getAttribute(name) { return this.attributes[name]; }
  append(...nodes) { this.children.push(...nodes); }
  replaceChildren(...nodes) { this.children = nodes; }
  addEventListener() {}
  set textContent(value) { this.children = []; this.text = String(value); }
  get textContent() { return this.text + this.children.map(c => c.textContent).join(''); }
  all(predicate, found = []) {
    if (predicate(this)) found.push(this);
    this.children.forEach(c => c.all(predicate, found));
    return found;
  }
}
const text = value => Object.assign(new Node('#text'), { text: value });
const nodes = new Map();
const named = key => { if (!nodes.has(key)) nodes.set(key, new Node('div')); return nodes.get(key); };
const body = new Node('body');
const document = {
  body,
  createElement: tag => new Node(tag),
  createTextNode: text,
  querySelector: selector => named(selector),
  getElementById: id => named('#' + id)
};
const fetched = [];
async function fetch(url, init) {
  fetched.push(String(url));
  let answer;
  if (init && init.method === 'POST') {
    const request = JSON.parse(init.body);
    const results = { 'tools/list': { tools: JSON.parse(toolsJson) }, 'prompts/list': { prompts: [] }, 'resources/list': { resources: [] } };
    answer = { jsonrpc: '2.0', id: request.id, result: results[request.method] || {} };
  } else {
    answer = { rows: [] };
  }
  return { ok: true, status: 200, text: async () => JSON.stringify(answer), json: async () => answer };
}
const location = { origin: 'http://app.example:8080', pathname };
const context = vm.createContext({ document, fetch, location, TextEncoder, btoa, console });
vm.runInContext(fs.readFileSync(script, 'utf8'), context, { filename: script });

(function report(turns) {
  if (body.getAttribute('data-loaded') !== 'true' && turns < 10000) {
    setImmediate(() => report(turns + 1));
    return;
  }
  const tools = named('#tools .list').children.map(tool => ({
    name: tool.getAttribute('data-tool') || tool.textContent,
    broken: tool.getAttribute('data-broken') === 'true',
    fieldsets: tool.all(n => n.tag === 'fieldset').length,
    textareas: tool.all(n => n.tag === 'textarea').map(n => n.getAttribute('data-path'))
  }));
  process.stdout.write(JSON.stringify({ loaded: body.getAttribute('data-loaded') === 'true', fetched, tools }));
})(0);
