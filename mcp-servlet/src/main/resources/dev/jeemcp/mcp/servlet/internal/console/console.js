// The MCP console: every call goes to the MCP endpoint beside this page, with the browser's own credentials, like
// any client. Everything the server sends is rendered with textContent: nothing from the network becomes markup.
'use strict';
(() => {
  const VERSION = '2026-07-28';
  const TASKS = 'io.modelcontextprotocol/tasks';
  const MAX_PAGES = 50;
  /** How deep a form nests objects; deeper values, and any $ref already open above, are one JSON text area. */
  const MAX_DEPTH = 8;
  // This page's origin and exactly one leading slash: the path is the client's text, and "//host/..;/app/mcp/console/"
  // taken as it is would make the endpoint "//host/…", a URL of another host.
  const endpoint = location.origin + '/' + location.pathname.replace(/\/console\/[^/]*$/, '').replace(/^\/+/, '');
  let nextId = 1;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    for (const child of children) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function json(value) {
    return el('pre', {}, JSON.stringify(value, null, 2));
  }

  /** Header values travel as base64 encoded words, which fits any argument. */
  function encodedWord(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    bytes.forEach(b => { binary += String.fromCharCode(b); });
    return '=?base64?' + btoa(binary) + '?=';
  }

  async function rpc(method, params, extraHeaders, capabilities) {
    const body = {
      jsonrpc: '2.0', id: nextId++, method,
      params: Object.assign({}, params, {
        _meta: {
          'io.modelcontextprotocol/protocolVersion': VERSION,
          'io.modelcontextprotocol/clientCapabilities': capabilities || {}
        }
      })
    };
    const headers = Object.assign({
      'Content-Type': 'application/json',
      'Accept': 'application/json, text/event-stream',
      'MCP-Protocol-Version': VERSION,
      'Mcp-Method': method
    }, extraHeaders || {});
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
    const text = await response.text();
    let answer;
    try {
      answer = JSON.parse(text);
    } catch (e) {
      throw new Error('HTTP ' + response.status + ' from the endpoint');
    }
    if (answer.error) {
      throw new Error(answer.error.message + ' (' + answer.error.code + ', HTTP ' + response.status + ')');
    }
    return answer.result;
  }

  async function listAll(method, member) {
    const items = [];
    let cursor;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await rpc(method, cursor ? { cursor } : {});
      items.push(...(result[member] || []));
      cursor = result.nextCursor;
      if (!cursor) {
        break;
      }
    }
    return items;
  }

  // ---- JSON Schema: the subset this library derives ----

  /** The keywords check() understands; any other keyword is listed as not checked, never silently passed. */
  const CHECKED = ['$ref', '$defs', 'allOf', 'anyOf', 'const', 'enum', 'type', 'properties', 'required',
    'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum',
    'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern'];
  const ANNOTATIONS = ['$schema', '$id', 'title', 'description', 'default', 'examples', 'format', 'readOnly',
    'writeOnly', 'deprecated', 'x-mcp-header'];

  function resolve(schema, root) {
    let current = schema;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) {
      const match = /^#\/\$defs\/([^/]+)$/.exec(current.$ref);
      current = match && root.$defs ? root.$defs[match[1].replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    return current;
  }

  function typeOf(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
  }

  function equal(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  /** Appends to problems what is wrong with value, and to unchecked the keywords it met but does not check. */
  function check(schema, value, root, path, problems, unchecked) {
    if (schema === true || schema === undefined) return;
    if (schema === false) { problems.push(path + ': no value is allowed here'); return; }
    for (const keyword of Object.keys(schema)) {
      if (!CHECKED.includes(keyword) && !ANNOTATIONS.includes(keyword)) unchecked.add(keyword);
    }
    if (schema.$ref !== undefined) {
      const target = resolve(schema, root);
      if (target === undefined) { problems.push(path + ': unresolvable $ref ' + schema.$ref); return; }
      check(target, value, root, path, problems, unchecked);
    }
    (schema.allOf || []).forEach(part => check(part, value, root, path, problems, unchecked));
    if (schema.anyOf && !schema.anyOf.some(part => {
      const inner = [];
      check(part, value, root, path, inner, unchecked);
      return inner.length === 0;
    })) problems.push(path + ': matches none of anyOf');
    if ('const' in schema && !equal(schema.const, value)) problems.push(path + ': must be ' + JSON.stringify(schema.const));
    if (schema.enum && !schema.enum.some(option => equal(option, value))) problems.push(path + ': not one of ' + JSON.stringify(schema.enum));
    const type = typeOf(value);
    if (schema.type !== undefined) {
      const types = [].concat(schema.type);
      if (!types.includes(type) && !(type === 'integer' && types.includes('number'))) {
        problems.push(path + ': expected ' + types.join(' or ') + ', got ' + type);
        return;
      }
    }
    if (type === 'object') {
      const properties = schema.properties || {};
      (schema.required || []).forEach(name => {
        if (!(name in value)) problems.push(path + ': lacks required "' + name + '"');
      });
      for (const [name, member] of Object.entries(value)) {
        if (name in properties) {
          check(properties[name], member, root, path + '.' + name, problems, unchecked);
        } else if (schema.additionalProperties !== undefined) {
          check(schema.additionalProperties, member, root, path + '.' + name, problems, unchecked);
        }
      }
    }
    if (type === 'array') {
      if (schema.items !== undefined) value.forEach((item, i) => check(schema.items, item, root, path + '[' + i + ']', problems, unchecked));
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(path + ': fewer than ' + schema.minItems + ' items');
      if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(path + ': more than ' + schema.maxItems + ' items');
      if (schema.uniqueItems && new Set(value.map(item => JSON.stringify(item))).size !== value.length) problems.push(path + ': items are not unique');
    }
    if (type === 'integer' || type === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) problems.push(path + ': below ' + schema.minimum);
      if (schema.maximum !== undefined && value > schema.maximum) problems.push(path + ': above ' + schema.maximum);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) problems.push(path + ': not above ' + schema.exclusiveMinimum);
      if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) problems.push(path + ': not below ' + schema.exclusiveMaximum);
    }
    if (type === 'string') {
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength) problems.push(path + ': shorter than ' + schema.minLength);
      if (schema.maxLength !== undefined && length > schema.maxLength) problems.push(path + ': longer than ' + schema.maxLength);
      if (schema.pattern !== undefined) {
        try {
          if (!new RegExp(schema.pattern, 'u').test(value)) problems.push(path + ': does not match ' + schema.pattern);
        } catch (e) {
          unchecked.add('pattern ' + schema.pattern);
        }
      }
    }
  }

  // ---- a form from an input schema ----

  function mainType(schema) {
    const types = [].concat(schema.type || []).filter(t => t !== 'null');
    return types.length === 1 ? types[0] : undefined;
  }

  /**
   * A field for one value: its node, and read(), which gives the value or undefined to leave it out. refs holds the
   * $refs open on the way here: a recursive schema (a tree, a parent link) becomes a JSON text area where it repeats.
   */
  function field(label, schema, root, path, required, refs = new Set(), depth = 0) {
    const ref = schema && typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const repeats = (ref !== undefined && refs.has(ref)) || depth > MAX_DEPTH;
    const resolved = repeats ? {} : resolve(schema, root) || {};
    const inner = ref === undefined ? refs : new Set(refs).add(ref);
    const type = mainType(resolved);
    const hint = [resolved.description, resolved.format && 'format ' + resolved.format].filter(Boolean).join('; ');
    const caption = el('span', {}, label + (required ? ' *' : ''));
    const hintNode = el('span', { class: 'hint' }, hint);
    if (type === 'object' && resolved.properties) {
      const set = el('fieldset', { 'data-path': path }, el('legend', {}, label + (required ? ' *' : '')));
      if (hint) set.append(el('p', { class: 'hint' }, hint));
      const members = Object.entries(resolved.properties).map(([name, member]) => {
        const child = field(name, member, root, path ? path + '.' + name : name, (resolved.required || []).includes(name),
          inner, depth + 1);
        set.append(child.node);
        return [name, child];
      });
      return {
        node: set,
        read() {
          const value = {};
          for (const [name, child] of members) {
            const member = child.read();
            if (member !== undefined) value[name] = member;
          }
          return Object.keys(value).length === 0 && !required && path ? undefined : value;
        }
      };
    }
    let input;
    let read;
    if (resolved.enum) {
      input = el('select', { 'data-path': path });
      if (!required) input.append(el('option', { value: '' }, '(none)'));
      resolved.enum.forEach((option, i) => input.append(el('option', { value: String(i) }, JSON.stringify(option))));
      read = () => (input.value === '' ? undefined : resolved.enum[Number(input.value)]);
    } else if (type === 'boolean') {
      input = el('select', { 'data-path': path });
      if (!required) input.append(el('option', { value: '' }, '(none)'));
      input.append(el('option', { value: 'false' }, 'false'), el('option', { value: 'true' }, 'true'));
      read = () => (input.value === '' ? undefined : input.value === 'true');
    } else if (type === 'integer' || type === 'number') {
      input = el('input', { 'data-path': path, inputmode: 'decimal', autocomplete: 'off' });
      read = () => {
        if (input.value.trim() === '') return undefined;
        const number = Number(input.value.trim());
        if (!Number.isFinite(number)) throw new Error(path + ' is not a number');
        return number;
      };
    } else if (type === 'string') {
      input = el('input', { 'data-path': path, autocomplete: 'off' });
      read = () => (input.value === '' && !required ? undefined : input.value);
    } else {
      input = el('textarea', { 'data-path': path, placeholder: 'JSON' });
      read = () => {
        if (input.value.trim() === '') return undefined;
        try {
          return JSON.parse(input.value);
        } catch (e) {
          throw new Error(path + ' is not JSON');
        }
      };
    }
    return { node: el('label', {}, caption, input, hintNode), read };
  }

  function mirroredHeaders(tool, args) {
    const headers = {};
    for (const [name, schema] of Object.entries(tool.inputSchema.properties || {})) {
      if (schema && typeof schema['x-mcp-header'] === 'string' && args[name] !== undefined && args[name] !== null) {
        headers['Mcp-Param-' + schema['x-mcp-header']] = encodedWord(String(args[name]));
      }
    }
    return headers;
  }

  function showResult(tool, result, area) {
    area.replaceChildren();
    area.append(el('p', { class: result.isError ? 'error' : 'ok' }, result.isError ? 'The tool answered with an error result' : 'Result'));
    (result.content || []).forEach(block => {
      area.append(block.type === 'text' ? el('pre', { 'data-content': 'text' }, block.text) : json(block));
    });
    if (result.structuredContent !== undefined) {
      area.append(el('h4', {}, 'structuredContent'), json(result.structuredContent));
    }
    if (tool.outputSchema && !result.isError) {
      const problems = [];
      const unchecked = new Set();
      check(tool.outputSchema, result.structuredContent, tool.outputSchema, '$', problems, unchecked);
      const verdict = problems.length === 0
        ? el('p', { class: 'ok', 'data-check': 'pass' }, 'structuredContent matches the output schema')
        : el('p', { class: 'error', 'data-check': 'fail' }, 'structuredContent does not match the output schema: ' + problems.join('; '));
      area.append(verdict);
      if (unchecked.size > 0) area.append(el('p', { class: 'hint' }, 'Keywords not checked: ' + [...unchecked].join(', ')));
    }
    area.setAttribute('data-state', result.isError ? 'error' : 'done');
  }

  function annotations(object) {
    const box = el('p', { class: 'annotations' });
    for (const [name, value] of Object.entries(object || {})) {
      box.append(el('span', {}, name + ': ' + JSON.stringify(value)));
    }
    return box;
  }

  function renderTool(tool) {
    const form = el('form', { 'data-tool': tool.name });
    const root = field('arguments', tool.inputSchema || {}, tool.inputSchema || {}, '', true);
    form.append(root.node, el('button', { type: 'submit', 'data-call': tool.name }, 'Call ' + tool.name));
    const area = el('div', { class: 'result', 'data-result': tool.name, 'aria-live': 'polite' });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      area.setAttribute('data-state', 'calling');
      area.replaceChildren(el('p', {}, 'Calling…'));
      try {
        const args = root.read() || {};
        const result = await rpc('tools/call', { name: tool.name, arguments: args },
          Object.assign({ 'Mcp-Name': tool.name }, mirroredHeaders(tool, args)));
        if (result.resultType === 'task' || result.task) {
          area.replaceChildren(el('p', {}, 'Started as a task'), json(result));
          area.setAttribute('data-state', 'task');
        } else {
          showResult(tool, result, area);
        }
      } catch (e) {
        area.replaceChildren(el('p', { class: 'error' }, e.message));
        area.setAttribute('data-state', 'failed');
      }
    });
    return el('details', { 'data-tool': tool.name },
      el('summary', {}, tool.name, el('span', { class: 'title' }, tool.title || '')),
      el('p', {}, tool.description || ''),
      annotations(tool.annotations),
      el('h4', {}, 'Input schema'), json(tool.inputSchema),
      el('h4', {}, 'Output schema'), tool.outputSchema ? json(tool.outputSchema) : el('p', {}, 'none'),
      form, area);
  }

  function renderEntry(item, key) {
    const copy = Object.assign({}, item);
    return el('details', {}, el('summary', {}, item[key] || item.name, el('span', { class: 'title' }, item.title || '')),
      el('p', {}, item.description || ''), annotations(item.annotations), json(copy));
  }

  /** Each entry on its own: one that cannot be shown says so, and hides none of the others. */
  function safely(render) {
    return item => {
      try {
        return render(item);
      } catch (e) {
        const name = String((item && (item.name || item.uri)) || '?');
        return el('details', { 'data-tool': name, 'data-broken': 'true' }, el('summary', {}, name),
          el('p', { class: 'error' }, 'This entry cannot be shown: ' + e.message));
      }
    };
  }

  async function section(id, method, member, render) {
    const list = document.querySelector('#' + id + ' .list');
    try {
      const items = await listAll(method, member);
      list.replaceChildren(...(items.length ? items.map(safely(render)) : [el('p', {}, 'None.')]));
    } catch (e) {
      list.replaceChildren(el('p', { class: 'error' }, e.message));
    }
  }

  /** One list of stored rows, a page at a time, from the console's own route beside this page. */
  function storedRows(type, tableId, buttonId, columns) {
    const body = document.querySelector('#' + tableId + ' tbody');
    const more = document.getElementById(buttonId);
    let page = 0;
    async function load() {
      more.hidden = true;
      try {
        const response = await fetch('rows?type=' + type + '&page=' + page, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        const answer = await response.json();
        answer.rows.forEach(row => body.append(el('tr', { 'data-id': row.id }, ...columns.map(c => el('td', {}, row[c] || '')))));
        if (answer.rows.length === 0 && page === 0) body.append(el('tr', {}, el('td', { colspan: String(columns.length) }, 'None.')));
        if (answer.nextPage !== undefined) {
          page = answer.nextPage;
          more.hidden = false;
        }
      } catch (e) {
        body.append(el('tr', {}, el('td', { class: 'error', colspan: String(columns.length) }, e.message)));
      }
    }
    more.addEventListener('click', load);
    return load();
  }

  async function start() {
    const status = document.getElementById('status');
    await Promise.all([
      section('tools', 'tools/list', 'tools', renderTool),
      section('prompts', 'prompts/list', 'prompts', item => renderEntry(item, 'name')),
      section('resources', 'resources/list', 'resources', item => renderEntry(item, 'uri')),
      storedRows('handles', 'handles', 'handles-more', ['id', 'kind', 'updatedAt', 'expiresAt']),
      storedRows('tasks', 'task-rows', 'tasks-more', ['id', 'kind', 'status', 'updatedAt', 'expiresAt'])
    ]);
    status.textContent = 'Endpoint: ' + endpoint;
    document.body.setAttribute('data-loaded', 'true');
    const taskForm = document.getElementById('task-form');
    const taskResult = document.getElementById('task-result');
    taskForm.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        const id = taskForm.elements.taskId.value.trim();
        taskResult.textContent = JSON.stringify(await rpc('tasks/get', { taskId: id }, {}, { extensions: { [TASKS]: {} } }), null, 2);
      } catch (e) {
        taskResult.textContent = e.message;
      }
    });
  }

  start();
})();
