#!/usr/bin/env python3
"""Loads articles into a cluster through nginx and measures replication lag (docs/PERFORMANCE.md, "The cluster").

  cluster_load.py load CLUSTER_ENV CORPUS.jsonl COUNT      PUT the first COUNT articles (8 at a time), then wait
                                                            until both search nodes serve them all
  cluster_load.py lag CLUSTER_ENV COUNT                    COUNT sequential PUTs; for each, the time from JetStream's
                                                            acknowledgement (the 202) until both search nodes return
                                                            the article; prints p50, p90, p99 and max in ms

Standard library only. CLUSTER_ENV is the cluster.env scripts/cluster.sh up writes.
"""
import concurrent.futures
import json
import statistics
import sys
import time
import urllib.error
import urllib.request


def settings(path):
    values = {}
    for line in open(path, encoding="utf-8"):
        if "=" in line:
            key, value = line.rstrip("\n").split("=", 1)
            values[key] = value
    return values


def request(method, url, key=None, body=None, timeout=30):
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("X-Api-Key", key)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def put(env, article):
    body = {k: article.get(k) for k in ("lang", "date", "title", "body", "persons", "organizations")}
    status, text = request("PUT", f"{env['NGINX_URL']}/api/articles/{urllib.parse.quote(article['id'], safe='')}", env["API_KEY"], body)
    if status != 202:
        raise RuntimeError(f"PUT {article['id']}: {status} {text[:200]!r}")


def documents(node):
    status, text = request("GET", f"{node}/healthz", timeout=5)
    return json.loads(text)["documents"] if status == 200 else -1


def load(env, corpus, count):
    articles = []
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            articles.append(json.loads(line))
            if len(articles) == count:
                break
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda a: put(env, a), articles))
    print(f"{len(articles)} PUTs acknowledged in {time.time() - start:.1f} s", flush=True)
    nodes = [env["SEARCH_1_URL"], env["SEARCH_2_URL"]]
    for _ in range(1200):
        counts = [documents(node) for node in nodes]
        if min(counts) >= len(articles):
            print(f"both search nodes serve {counts} articles {time.time() - start:.1f} s after the first PUT")
            return
        time.sleep(0.5)
    raise RuntimeError(f"search nodes serve {counts} articles after 10 minutes")


def lag(env, count):
    nodes = [env["SEARCH_1_URL"], env["SEARCH_2_URL"]]
    lags = []
    for n in range(count):
        article_id = f"lag-{n:05d}"
        put(env, {"id": article_id, "lang": "da", "date": "2026-12-07", "title": f"Forsinkelse {n}",
                  "body": f"Maaling nummer {n} af replikeringens forsinkelse.", "persons": [], "organizations": []})
        acknowledged = time.perf_counter()
        pending = set(nodes)
        deadline = acknowledged + 60
        while pending:
            for node in list(pending):
                status, _ = request("GET", f"{node}/api/articles/{article_id}", timeout=5)
                if status == 200:
                    pending.discard(node)
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{article_id} not visible on {sorted(pending)} after 60 s")
            if pending:
                time.sleep(0.005)
        lags.append((time.perf_counter() - acknowledged) * 1000)
    lags.sort()
    def pct(p):
        return lags[min(len(lags) - 1, int(round(p / 100 * (len(lags) - 1))))]
    print(f"replication lag over {count} writes (acknowledged to visible on both search nodes): "
          f"p50 {pct(50):.0f} ms, p90 {pct(90):.0f} ms, p99 {pct(99):.0f} ms, max {lags[-1]:.0f} ms, "
          f"mean {statistics.mean(lags):.0f} ms")


if __name__ == "__main__":
    import urllib.parse
    if len(sys.argv) >= 5 and sys.argv[1] == "load":
        load(settings(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "lag":
        lag(settings(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(__doc__)
