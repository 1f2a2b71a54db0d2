-- search-mix.lua: a realistic query mix for wrk against the search server (src/SearchEngine.Server).
--
-- Usage (the server must be running; tools/loadbench/run.sh starts one, warms it up, runs this and stops it):
--
--   wrk -t2 -c16 -d60s --latency -s tools/loadbench/search-mix.lua http://127.0.0.1:5391
--
-- Start the server with rate limiting off (--Search:RateLimitPermits=0), or nearly every request is a 429.
--
-- Every request is drawn from the weighted kinds in MIX below (weights are percentages): single words in
-- Danish and Dutch (common and rare words taken from the 100,000-article generated corpus of
-- docs/PERFORMANCE.md), two words with the default OR, AND and explicit OR, phrases (some with slop),
-- prefix queries, person and organization filters (real values from the corpus, with and without a query),
-- a year or a month range, page 2, sort=date, the empty query (the front page), and ~5 % facet type-ahead
-- requests (GET /api/facets/{person|organization}?prefix=). About half of the language-specific requests also
-- send lang=da or lang=nl, as the front end does when a language is chosen. Every search gets the default
-- page of 10 hits with highlighted titles and snippets and all facets, as the server always returns them.
--
-- Randomness: each wrk thread seeds its own generator with SEED + thread number, so a run is repeatable
-- request for request per thread (the interleaving over connections is not).
--
-- Environment:
--   MIX_SEED=N        base seed (default 20261122)
--   MIX_ONLY=kind     send only one kind from MIX (e.g. MIX_ONLY=prefix) to time it alone
--   MIX_PRINT=N       print N sample paths from thread 1 at start (to check the mix), 0 by default
--
-- At the end it prints the counts of 2xx and non-2xx responses, of searches with no hit, the requests
-- per kind sent, the mean of the server's own tookMs over the searches (the time in the handler: search,
-- facets and snippets, without HTTP, JSON and queueing), then one line `RESULT ...` with req/s and latency percentiles for run.sh to pick up.
-- wrk's own "Non-2xx or 3xx responses" line also appears when there are any.

local MIX = {
  { "word_common",   20 },
  { "word_rare",      9 },
  { "two_or",         9 },
  { "two_and",        7 },
  { "phrase",         8 },
  { "prefix",         5 },
  { "person",         8 },
  { "organization",   6 },
  { "year",           5 },
  { "month_range",    4 },
  { "page2",          5 },
  { "sort_date",      5 },
  { "empty",          2 },
  { "typeahead",      5 },
}

-- Words by document frequency in the 100,000-article corpus (49,864 da, 50,136 nl articles):
-- common = in about 400 to 23,000 articles, rare = in about 40 to 850.
local WORDS = {
  da = {
    common = { "regering", "politisk", "danske", "børn", "mennesker", "familien", "byen", "bank", "krav", "job",
               "penge", "skat", "kommune", "millioner", "kroner", "valg", "arbejde", "skole", "politi", "sygehus",
               "fodbold", "musik", "dokument", "tabel", "siger" },
    rare   = { "kriminalitet", "arbejdsløshed", "kuldioxid", "folkeafstemninger", "arbejdstiden", "pressemødet",
               "højskole", "gårdejer", "generaldirektør", "malerier", "underholdning", "ministre", "dannebrog",
               "bolig", "diskussion", "beslutninger", "landmænd" },
  },
  nl = {
    common = { "regering", "minister", "bedrijven", "mensen", "procent", "vrouwen", "muziek", "water", "beleid",
               "vlaanderen", "antwerpen", "pensioen", "advies", "rapport", "verkiezingen", "partij", "school",
               "politie", "ziekenhuis", "voetbal", "bestand", "tabel", "werkbalk", "brussel", "libreoffice" },
    rare   = { "gijzeling", "vliegtuig", "emoties", "brouwerij", "oogst", "asielrecht", "landskampioen",
               "verontreiniging", "katten", "kliniek", "democratie", "hectare", "conflict", "bevolkingsgroepen",
               "generatie", "wetenschappelijk" },
  },
}

-- Word pairs that stand next to each other in the corpus (in about 40 to 600 articles each).
local PHRASES = {
  da = { "andre lande", "offentlige sektor", "under pres", "privatlivets fred", "søge asyl", "stor succes",
         "jazz festival", "direkte formatering", "numeriske værdier", "efter kampen", "gennem byen",
         "john major", "bosniske hovedstad", "keith richards", "aktiv indsats" },
  nl = { "tien jaar", "tweede helft", "openbaar vervoer", "maanden geleden", "alle partijen",
         "belangrijke beslissingen", "nieuwe president", "oudere werknemers", "aziatische crisis",
         "laatste wedstrijd", "primaire sleutel", "reguliere uitdrukkingen", "frank gehry", "debat over",
         "python macro" },
}

local PREFIXES = {
  da = { "arbejd*", "politi*", "regering*", "skat*", "sygehus*", "fodbold*", "kommun*", "minist*" },
  nl = { "regering*", "minist*", "bedrijf*", "voetbal*", "verkiez*", "ziekenh*", "politie*", "brussel*" },
}

-- Person and organization values as they are in the corpus: the most frequent first, then some rarer ones.
local PERSONS = {
  da = { "Henrik", "Lars", "Søren", "Bent", "Peter", "Poul Schlüter", "Bill Clinton", "Peter Wiese",
         "Henning Dyremose", "Villy Nielsen", "Anne Linnet", "Mogens Lykketoft",
         "Aage Brusgaard", "Jan Jørgensen", "Greg Lemond", "Preben Nygaard", "Karl Erik Bjørkman", "Ole Andreasson" },
  nl = { "Robert Melders", "Kristof Demasure", "Alain Devos", "Fabian Lefevere", "Peter-Jan Bogaert",
         "Frank Vandenbroucke", "Marleen Vanderpoorten", "Geert Sciot", "Kim Clijsters", "Isabelle Durant",
         "Guy Verhofstadt", "Karel De Gucht",
         "Didier Gosuin", "Mieke Vogels", "Ludo Sannen", "Dennis Bergkamp", "Bernard Hinault", "Martina Hingis" },
}

local ORGANIZATIONS = {
  da = { "B.T.", "Socialdemokratiet", "Folketinget", "Berlingske Tidende", "NATO", "Det Kgl. Teater", "Brøndby",
         "Hafnia", "Tuborg", "Falck", "Gyldendal", "Sundhedsstyrelsen",
         "Ekstra Bladet", "NASA", "Forbrugerrådet", "Københavns Universitet", "Kaiserslautern", "Næstved Erhvervsråd" },
  nl = { "VLD", "De Morgen", "Belga", "CVP", "Agalev", "Reuters", "Europese Commissie", "NMBS", "Rode Duivels",
         "Vlaams Parlement", "VRT", "Fortis Bank",
         "Aquafin", "Electrabel", "Ferrari", "KPN", "Unicef", "McDonald's" },
}

local FIRST_YEAR, LAST_YEAR = 2015, 2024 -- the corpus's dates

-- Thread-local state (each wrk thread has its own Lua state).
local kinds, total_weight = {}, 0
local sent = {}
status_2xx, status_other, zero_hits, requests_by_kind = 0, 0, 0, {}
searches, search_ms = 0, 0 -- the searches answered and the sum of their tookMs (the engine's time, in the handler)

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(list) return list[math.random(#list)] end

local function pick_lang() if math.random(2) == 1 then return "da" else return "nl" end end

-- Builds /api/search?... from an ordered list of {name, value}; values are URL-encoded.
local function search(params)
  local parts = {}
  for _, p in ipairs(params) do parts[#parts + 1] = p[1] .. "=" .. urlencode(p[2]) end
  return "/api/search?" .. table.concat(parts, "&")
end

-- The query plus lang=xx about half of the time.
local function with_lang(lang, params)
  if math.random(2) == 1 then params[#params + 1] = { "lang", lang } end
  return params
end

local function word(lang)
  if math.random(100) <= 70 then return pick(WORDS[lang].common) else return pick(WORDS[lang].rare) end
end

local function two_words(lang, op)
  local a, b = pick(WORDS[lang].common), word(lang)
  while b == a do b = word(lang) end
  if op == "" then return a .. " " .. b end
  return a .. " " .. op .. " " .. b
end

local BUILDERS = {
  word_common = function(lang) return search(with_lang(lang, { { "q", pick(WORDS[lang].common) } })) end,
  word_rare = function(lang) return search(with_lang(lang, { { "q", pick(WORDS[lang].rare) } })) end,
  two_or = function(lang)
    local op = (math.random(3) == 1) and "OR" or "" -- the default operator is OR
    return search(with_lang(lang, { { "q", two_words(lang, op) } }))
  end,
  two_and = function(lang) return search(with_lang(lang, { { "q", two_words(lang, "AND") } })) end,
  phrase = function(lang)
    local q = '"' .. pick(PHRASES[lang]) .. '"'
    if math.random(4) == 1 then q = q .. "~3" end
    return search(with_lang(lang, { { "q", q } }))
  end,
  prefix = function(lang) return search(with_lang(lang, { { "q", pick(PREFIXES[lang]) } })) end,
  person = function(lang)
    -- A click on a person in the facet list: with the query typed before it, or browsing that person alone.
    local q = (math.random(2) == 1) and word(lang) or ""
    return search({ { "q", q }, { "person", pick(PERSONS[lang]) } })
  end,
  organization = function(lang)
    local q = (math.random(2) == 1) and word(lang) or ""
    return search({ { "q", q }, { "organization", pick(ORGANIZATIONS[lang]) } })
  end,
  year = function(lang)
    local q = (math.random(10) <= 7) and word(lang) or ""
    return search(with_lang(lang, { { "q", q }, { "date", tostring(math.random(FIRST_YEAR, LAST_YEAR)) } }))
  end,
  month_range = function(lang)
    local q = (math.random(10) <= 7) and word(lang) or ""
    local y, m = math.random(FIRST_YEAR, LAST_YEAR), math.random(12)
    local m2 = math.min(12, m + math.random(0, 5))
    return search(with_lang(lang, { { "q", q }, { "from", string.format("%d-%02d", y, m) },
                                    { "to", string.format("%d-%02d", y, m2) } }))
  end,
  page2 = function(lang)
    local q = (math.random(3) == 1) and two_words(lang, "") or pick(WORDS[lang].common)
    return search(with_lang(lang, { { "q", q }, { "page", "2" } }))
  end,
  sort_date = function(lang) return search(with_lang(lang, { { "q", word(lang) }, { "sort", "date" } })) end,
  empty = function(lang)
    if math.random(2) == 1 then return "/api/search?q=" end
    return search({ { "q", "" }, { "lang", lang } })
  end,
  typeahead = function(lang)
    -- The filter box asks again after each typed letter: a prefix of 1 to 4 letters of a real value.
    local facet, values
    if math.random(2) == 1 then facet, values = "person", PERSONS[lang] else facet, values = "organization", ORGANIZATIONS[lang] end
    local value = pick(values):lower()
    local n = math.random(1, 4)
    -- Cut on a character, not a byte, so a UTF-8 letter (ø, ü) is never split.
    local prefix = value:match("^" .. string.rep("[%z\1-\127\194-\244][\128-\191]*", n)) or value
    return "/api/facets/" .. facet .. "?prefix=" .. urlencode(prefix)
  end,
}

local function next_path()
  local r, kind = math.random() * total_weight, nil
  for _, k in ipairs(kinds) do
    r = r - k[2]
    if r < 0 then kind = k[1] break end
  end
  kind = kind or kinds[#kinds][1]
  requests_by_kind[kind] = (requests_by_kind[kind] or 0) + 1
  return BUILDERS[kind](pick_lang())
end

-- Runs in the main Lua state once per thread, before the threads start.
local threads, thread_count = {}, 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
  threads[#threads + 1] = thread
end

function init(args)
  local only = os.getenv("MIX_ONLY")
  for _, k in ipairs(MIX) do
    if only == nil or only == "" or only == k[1] then
      kinds[#kinds + 1] = k
      total_weight = total_weight + k[2]
    end
  end
  if #kinds == 0 then error("MIX_ONLY=" .. only .. " is not a kind of the mix") end
  local seed = tonumber(os.getenv("MIX_SEED") or "") or 20261122
  math.randomseed(seed + (thread_id or 0))
  local show = tonumber(os.getenv("MIX_PRINT") or "") or 0
  if thread_id == 1 then
    for _ = 1, show do print(next_path()) end
    requests_by_kind = {}
  end
end

function request()
  return wrk.format("GET", next_path())
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    status_2xx = status_2xx + 1
    if body then
      if body:find('"total":0,', 1, true) then zero_hits = zero_hits + 1 end
      local took = body:match('^{"query":.-,"tookMs":([%d%.]+),')
      if took then searches, search_ms = searches + 1, search_ms + tonumber(took) end
    end
  else
    status_other = status_other + 1
  end
end

function done(summary, latency, requests)
  local ok, bad, zero, by_kind, n_search, sum_took = 0, 0, 0, {}, 0, 0
  for _, t in ipairs(threads) do
    ok = ok + (t:get("status_2xx") or 0)
    bad = bad + (t:get("status_other") or 0)
    zero = zero + (t:get("zero_hits") or 0)
    n_search = n_search + (t:get("searches") or 0)
    sum_took = sum_took + (t:get("search_ms") or 0)
    for k, n in pairs(t:get("requests_by_kind") or {}) do by_kind[k] = (by_kind[k] or 0) + n end
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("responses: %d 2xx, %d non-2xx; searches with no hit: %d; socket errors: %d\n",
    ok, bad, zero, errors))
  local names = {}
  for _, k in ipairs(MIX) do if by_kind[k[1]] then names[#names + 1] = string.format("%s %d", k[1], by_kind[k[1]]) end end
  io.write("requests built per kind: " .. table.concat(names, ", ") .. "\n")
  if n_search > 0 then
    io.write(string.format("searches: %d, mean tookMs (search, facets and snippets in the handler) %.2f ms\n",
      n_search, sum_took / n_search))
  end
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f mean_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000, bad, errors))
end
