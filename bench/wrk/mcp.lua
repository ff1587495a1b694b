-- wrk script for the throughput scenarios: one JSON-RPC request per HTTP POST, the same bytes for every server.
--
--   wrk -t1 -c16 -d20s --latency -s mcp.lua http://127.0.0.1:18181/ours/mcp -- <list|echo|bump> <wire> [counter ids...]
--   wrk ... -- poll 2026-07-28 <task id>     (tasks/get of one task, declaring the tasks extension)
--   wrk ... -- create 2026-07-28             (tools/call report declaring the tasks extension: each call creates a task)
--   wrk ... -- ask 2026-07-28                (tools/call echo declaring elicitation: answered input_required, state sealed)
--   wrk ... -- answer 2026-07-28 <state>     (the retry with the confirmation and that requestState: state opened)
--
-- wire: 2025-11-25 (legacy: no _meta, MCP-Protocol-Version header only; no initialize, all three servers are
-- stateless) or 2026-07-28 (per-request _meta plus the Mcp-Method / Mcp-Name headers).
-- bump: each request takes a counter that no request in flight holds and gives it back when its answer arrives
-- (matched by the JSON-RPC id), so concurrent bumps never race on one counter unless the pool runs dry.
-- done() prints one machine-readable RESULT line that bench/run.sh parses.

local scenario, wire
local modern = false
local free = {}      -- counter ids not in flight
local all = {}       -- every counter id
local inflight = {}  -- JSON-RPC id -> counter id
local seq = 0
local threads = {}

-- per-thread globals, read back with thread:get() in done()
responses = 0
non2xx = 0
rpc_errors = 0
tool_errors = 0
conflicts = 0
wrong = 0
first_bad = ""

-- What a successful answer of each scenario must contain: an answer without it (a seal retry answered input_required
-- again, a create answered without a task) is counted as wrong, not as a success.
local EXPECTED = {
  echo = '"echo: hello world"',
  ask = '"resultType":"input_required"',
  answer = '"echo: hello world"',
  create = '"resultType":"task"',
  poll = '"status":"completed"',
}

-- BENCH_AUTHORIZATION (environment): an Authorization header for every request (bench/lists.sh signs in over BASIC).
local authorization = os.getenv("BENCH_AUTHORIZATION")
if authorization == "" then authorization = nil end

-- For poll: the tasks extension declared in the request's client capabilities, as 2026-07-28 requires per request.
local TASKS_META = '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
  .. '"io.modelcontextprotocol/clientCapabilities":{"extensions":{"io.modelcontextprotocol/tasks":{}}},'
  .. '"io.modelcontextprotocol/clientInfo":{"name":"wrk-bench","version":"1.0.0"}}'

local META = '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
  .. '"io.modelcontextprotocol/clientCapabilities":{},'
  .. '"io.modelcontextprotocol/clientInfo":{"name":"wrk-bench","version":"1.0.0"}}'

-- For ask and answer: elicitation declared, so that the tool may ask the client to confirm.
local ELICIT_META = '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
  .. '"io.modelcontextprotocol/clientCapabilities":{"elicitation":{}},'
  .. '"io.modelcontextprotocol/clientInfo":{"name":"wrk-bench","version":"1.0.0"}}'

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  scenario = args[1] or "echo"
  wire = args[2] or "2025-11-25"
  modern = (wire == "2026-07-28")
  for i = 3, #args do
    table.insert(free, args[i])
    table.insert(all, args[i])
  end
  if scenario == "bump" and #all == 0 then
    error("bump needs counter ids after the wire")
  end
  if scenario == "poll" and (#all ~= 1 or not modern) then
    error("poll needs the 2026-07-28 wire and one task id")
  end
  if (scenario == "create" or scenario == "ask") and not modern then
    error(scenario .. " needs the 2026-07-28 wire")
  end
  if scenario == "answer" and (#all ~= 1 or not modern) then
    error("answer needs the 2026-07-28 wire and one requestState")
  end
end

local function headers(method, name)
  local h = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json, text/event-stream",
    ["MCP-Protocol-Version"] = wire,
  }
  if authorization then h["Authorization"] = authorization end
  if modern then
    h["Mcp-Method"] = method
    if name then h["Mcp-Name"] = name end
  end
  return h
end

local function call(name, arguments)
  local params = '{"name":"' .. name .. '","arguments":' .. arguments
  if modern then params = params .. "," .. META end
  return string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":%s}}', seq, params)
end

function request()
  seq = seq + 1
  if scenario == "list" then
    local body
    if modern then
      body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/list","params":{%s}}', seq, META)
    else
      body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/list"}', seq)
    end
    return wrk.format("POST", nil, headers("tools/list"), body)
  elseif scenario == "poll" then
    local body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tasks/get","params":{"taskId":"%s",%s}}', seq, all[1], TASKS_META)
    return wrk.format("POST", nil, headers("tasks/get", all[1]), body)
  elseif scenario == "create" then
    local body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"report","arguments":{"topic":"bench"},%s}}', seq, TASKS_META)
    return wrk.format("POST", nil, headers("tools/call", "report"), body)
  elseif scenario == "ask" then
    local body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"},%s}}', seq, ELICIT_META)
    return wrk.format("POST", nil, headers("tools/call", "echo"), body)
  elseif scenario == "answer" then
    local body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"},'
      .. '"inputResponses":{"confirm":{"action":"accept","content":{"confirm":true}}},"requestState":"%s",%s}}', seq, all[1], ELICIT_META)
    return wrk.format("POST", nil, headers("tools/call", "echo"), body)
  elseif scenario == "echo" then
    return wrk.format("POST", nil, headers("tools/call", "echo"), call("echo", '{"text":"hello world"}'))
  else
    local counter = table.remove(free)
    if counter == nil then
      counter = all[(seq % #all) + 1] -- pool ran dry: share one (a possible conflict, counted below)
    else
      inflight[seq] = counter
    end
    return wrk.format("POST", nil, headers("tools/call", "bump"), call("bump", '{"counter_id":"' .. counter .. '"}'))
  end
end

function response(status, headers, body)
  responses = responses + 1
  local bad = false
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    bad = true
  end
  if body then
    if body:find('"isError":true', 1, true) then
      tool_errors = tool_errors + 1
      bad = true
      if body:find("changed by another request", 1, true) then
        conflicts = conflicts + 1
      end
    elseif body:find('"error":{', 1, true) then
      rpc_errors = rpc_errors + 1
      bad = true
    elseif EXPECTED[scenario] and not body:find(EXPECTED[scenario], 1, true) then
      wrong = wrong + 1
      bad = true
    end
    if scenario == "bump" then
      local id = tonumber(body:match('"id":(%d+)'))
      if id and inflight[id] then
        table.insert(free, inflight[id])
        inflight[id] = nil
      end
    end
  end
  if bad and first_bad == "" then
    first_bad = status .. " " .. string.sub(body or "", 1, 300)
  end
end

function done(summary, latency, requests)
  local t = { responses = 0, non2xx = 0, rpc_errors = 0, tool_errors = 0, conflicts = 0, wrong = 0 }
  local example = ""
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do
      t[k] = t[k] + (thread:get(k) or 0)
    end
    if example == "" then example = thread:get("first_bad") or "" end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d "
      .. "responses=%d non2xx=%d rpc_errors=%d tool_errors=%d conflicts=%d wrong=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    t.responses, t.non2xx, t.rpc_errors, t.tool_errors, t.conflicts, t.wrong,
    e.connect + e.read + e.write, e.timeout))
  if example ~= "" then
    io.write("FIRST_BAD " .. example:gsub("\n", " ") .. "\n")
  end
end
