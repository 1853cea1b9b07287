-- wrk script for bench/run: POSTs realistic ~300-byte tracker hits (text/plain, as t.js sends them with
-- sendBeacon) with a Chrome User-Agent, varying paths, titles, referrers, screens and identities.
-- Environment: BENCH_SITE (site id), BENCH_DOMAIN (the site's domain), BENCH_BATCH (hits per request, default 1:
-- more sends {"hits": [...]} as a page that queued several hits would).
local site = os.getenv("BENCH_SITE") or "00000000-0000-0000-0000-000000000000"
local domain = os.getenv("BENCH_DOMAIN") or "bench.example"
local batch = tonumber(os.getenv("BENCH_BATCH") or "1")
local threads = 0
local requests = {}
local n = 0
local pos = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local function hex(len)
  local t = {}
  for i = 1, len do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end

local pages = { "/", "/pricing", "/features", "/about", "/blog", "/docs", "/signup", "/contact" }
for i = 1, 60 do pages[#pages + 1] = "/blog/post-" .. i end
for i = 1, 60 do pages[#pages + 1] = "/products/item-" .. i end
local referrers = { "", "", "", "https://www.google.com/", "https://www.google.com/", "https://www.bing.com/",
  "https://duckduckgo.com/", "https://t.co/", "https://www.linkedin.com/", "https://news.ycombinator.com/" }
local screens = { "1920x1080", "2560x1440", "1536x864", "390x844", "412x915" }
local languages = { "en-US", "en-GB", "de-DE", "fr-FR", "es-ES" }

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
  local headers = {
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    ["Accept-Language"] = "en-US,en;q=0.9",
  }
  local ts = os.time() * 1000
  for i = 1, 2000 do
    local path = pages[math.random(#pages)]
    local identity = ""
    if math.random() < 0.7 then
      identity = string.format(',"visitor":"%s","session":"%s"', hex(16), hex(16))
    end
    local body = string.format(
      '{"site":"%s","type":"pageview","url":"https://%s%s","title":"%s | Bench Shop","referrer":"%s","screen":"%s","language":"%s","pageview":"%s","ts":%d%s}',
      site, domain, path, path, referrers[math.random(#referrers)], screens[math.random(#screens)],
      languages[math.random(#languages)], hex(16), ts, identity)
    if batch > 1 then
      local hits = { body }
      for j = 2, batch do hits[j] = body:gsub('"pageview":"%x+"', '"pageview":"' .. hex(16) .. '"') end
      body = '{"hits":[' .. table.concat(hits, ",") .. ']}'
    end
    requests[i] = wrk.format("POST", nil, headers, body)
  end
  n = #requests
  pos = math.random(n)
end

function request()
  pos = pos % n + 1
  return requests[pos]
end
