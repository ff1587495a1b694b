-- wrk script for the per-client memory test: N distinct simulated clients, then bench/run.sh stops it.
--
--   wrk -t1 -c16 -d600s -s clients.lua http://127.0.0.1:18181/ours/mcp -- <wire> <clients> <first client number> <marker file>
--
-- wire 2025-11-25, a legacy client: initialize (its own clientInfo name), notifications/initialized, then
--   tools/call echo, the last with "Connection: close", so every client also costs the server one TCP connection.
-- wire 2026-07-28, a modern client: one tools/call echo whose _meta names the client (clientInfo.name and a
--   dev.jeemcp.bench/clientId key), with "Connection: close" as well.
-- A stateless server cannot tie a client's requests together (there is no session), so it does not matter that
-- requests of different clients interleave over wrk's connections. Requests past the last client (at most one per
-- connection, while the thread stops) repeat the last client's identity, so exactly <clients> distinct clients
-- are seen. When the last client got its answer, the script writes <marker file>; run.sh then stops wrk.

local wire, clients, first, marker_file
local modern = false
local seq = 0
local step = 0      -- legacy: 0 initialize, 1 initialized, 2 call
local client = 0    -- the client whose requests are being sent
local threads = {}
local stopping = false

done_clients = 0    -- clients whose last request got its answer
responses = 0
bad = 0
first_bad = ""

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wire = args[1]
  clients = tonumber(args[2])
  first = tonumber(args[3])
  marker_file = args[4]
  modern = (wire == "2026-07-28")
end

local function headers(method, name, closing)
  local h = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json, text/event-stream",
    ["MCP-Protocol-Version"] = wire,
  }
  if modern then
    h["Mcp-Method"] = method
    if name then h["Mcp-Name"] = name end
  end
  if closing then h["Connection"] = "close" end
  return h
end

function request()
  seq = seq + 1
  local n = first + math.min(client, clients - 1)
  local name = "bench-client-" .. n
  if modern then
    client = client + 1
    local body = string.format('{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo",'
      .. '"arguments":{"text":"hello from %s"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
      .. '"io.modelcontextprotocol/clientCapabilities":{},'
      .. '"io.modelcontextprotocol/clientInfo":{"name":"%s","version":"1.0.0"},"dev.jeemcp.bench/clientId":%d}}}',
      seq, name, name, n)
    return wrk.format("POST", nil, headers("tools/call", "echo", true), body)
  end
  local s = step
  step = (step + 1) % 3
  if s == 0 then
    return wrk.format("POST", nil, headers("initialize"), string.format(
      '{"jsonrpc":"2.0","id":%d,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},'
        .. '"clientInfo":{"name":"%s","version":"1.0.0"}}}', seq, name))
  elseif s == 1 then
    return wrk.format("POST", nil, headers("notifications/initialized"),
      '{"jsonrpc":"2.0","method":"notifications/initialized"}')
  else
    client = client + 1
    return wrk.format("POST", nil, headers("tools/call", "echo", true), string.format(
      '{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello from %s"}}}',
      seq, name))
  end
end

function response(status, headers, body)
  responses = responses + 1
  local ok = (status == 200 or status == 202)
  if status == 200 and body and (body:find('"isError":true', 1, true) or body:find('"error":{', 1, true)) then
    ok = false
  end
  if not ok then
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. string.sub(body or "", 1, 300) end
  end
  if body and body:find('"text":"echo: hello from', 1, true) then
    done_clients = done_clients + 1
  end
  -- done, or failing (run.sh reports the bad answers): stop either way rather than run into -d
  if (done_clients >= clients or bad >= 100) and not stopping then
    -- Stop sending and tell run.sh, which then sends wrk the SIGINT that ends a run early (wrk's main thread
    -- otherwise sleeps for the whole -d duration; it reports as usual after a SIGINT).
    stopping = true
    wrk.thread:stop()
    local marker = io.open(marker_file, "w")
    marker:write(done_clients, "\n")
    marker:close()
  end
end

function done(summary, latency, requests)
  local t = { done_clients = 0, responses = 0, bad = 0 }
  local example = ""
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do
      t[k] = t[k] + (thread:get(k) or 0)
    end
    if example == "" then example = thread:get("first_bad") or "" end
  end
  local e = summary.errors
  io.write(string.format("CLIENTS clients=%d requests=%d responses=%d bad=%d duration_us=%d socket_errors=%d\n",
    t.done_clients, summary.requests, t.responses, t.bad, summary.duration, e.connect + e.read + e.write + e.timeout))
  if example ~= "" then
    io.write("FIRST_BAD " .. example:gsub("\n", " ") .. "\n")
  end
end
