#!/usr/bin/env python3
"""soak.py: the search server under mixed reads and writes for a long time, with rebuild swaps, watching its
resources: resident memory, open file handles and mapped index files must stay flat.

Starts the server (loopback only, rate limit off, an API key for writes) over INDEX, then for MINUTES:
  - READERS threads send searches (words taken from the corpus, some prefixes, filters and facets) and type-ahead;
  - one writer PUTs new or changed articles and DELETEs some, each acknowledged only after its commit;
  - every REBUILD_EVERY seconds `searchctl rebuild` rebuilds the served folder in place from CORPUS (a swap the
    server picks up at its next refresh), while reads and writes go on;
  - every SAMPLE_EVERY seconds it records the server's RSS (VmRSS), open file descriptors, mappings of index
    files (/proc/PID/maps lines under INDEX, deleted files included) and thread count.
At the end it prints one JSON summary: requests and statuses per kind, rebuilds, and for each resource the
median of the first and of the last 20% of samples, and the maximum; exit status 1 if the server died.

  python3 tools/soak/soak.py --server DIR_WITH_SearchEngine.Server.dll --searchctl DIR_WITH_searchctl.dll \
      --index /tmp/soak/index --corpus corpus.jsonl --minutes 30 --out /tmp/soak/out
"""
import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

API_KEY = "soak-key-0123456789abcdef"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--server", required=True)
    p.add_argument("--searchctl", required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--corpus", required=True, help="JSON Lines articles: the rebuild source and the query words")
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--port", type=int, default=5392)
    p.add_argument("--readers", type=int, default=4)
    p.add_argument("--rebuild-every", type=float, default=300)
    p.add_argument("--sample-every", type=float, default=10)
    p.add_argument("--engine", default=None, help="engine of the rebuilds (default: the folder's own)")
    p.add_argument("--out", default="/tmp/soak/out")
    return p.parse_args()


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.by = {}

    def add(self, kind, status):
        with self.lock:
            key = f"{kind} {status}"
            self.by[key] = self.by.get(key, 0) + 1


def request(url, method="GET", body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if method != "GET":
        req.add_header("X-Api-Key", API_KEY)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
            return resp.status
    except urllib.error.HTTPError as e:
        e.read()
        return e.code
    except Exception as e:  # a refused or reset connection is a result too
        return type(e).__name__


def words_of(corpus, limit=20000):
    words, articles = set(), []
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            a = json.loads(line)
            articles.append(a)
            for w in a.get("title", "").split():
                w = w.strip('.,:;!?"()').lower()
                if len(w) > 3 and w.isalpha():
                    words.add(w)
    return sorted(words), articles


def reader(base, words, stop, counts, seed):
    rnd = random.Random(seed)
    while not stop.is_set():
        r = rnd.random()
        if r < 0.1:
            url = f"{base}/api/facets/person?prefix={urllib.parse.quote(rnd.choice(words)[:2])}"
            kind = "values"
        else:
            q = rnd.choice(words)
            if r < 0.2:
                q = q[:3] + "*"
            elif r < 0.35:
                q = f"{q} {rnd.choice(words)}"
            params = {"q": q}
            if rnd.random() < 0.3:
                params["lang"] = rnd.choice(["da", "nl"])
            if rnd.random() < 0.2:
                params["from"] = "2019"
            url = f"{base}/api/search?{urllib.parse.urlencode(params)}"
            kind = "search"
        counts.add(kind, request(url))


def writer(base, articles, stop, counts, seed):
    rnd = random.Random(seed)
    n = 0
    while not stop.is_set():
        n += 1
        if rnd.random() < 0.2:
            status = request(f"{base}/api/articles/soak-{rnd.randrange(max(1, n))}", method="DELETE")
            counts.add("delete", status)
        else:
            a = dict(rnd.choice(articles))
            a["id"] = f"soak-{n}"
            a["title"] = f"{a.get('title', '')} {n}"
            status = request(f"{base}/api/articles/{a['id']}", method="PUT", body=a)
            counts.add("put", status)
        time.sleep(0.05)


def sample(pid, index):
    index = os.path.realpath(index)
    with open(f"/proc/{pid}/status") as f:
        status = dict(line.split(":", 1) for line in f if ":" in line)
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    with open(f"/proc/{pid}/maps") as f:
        maps = [line for line in f if index in line]
    return {
        "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
        "fds": fds,
        "mapped_index_files": len({line.split(None, 5)[-1].strip() for line in maps}),
        "mapped_deleted": len({line.split(None, 5)[-1].strip() for line in maps if "(deleted)" in line}),
        "threads": int(status["Threads"].split()[0]),
    }


def main():
    args = parse_args()
    os.makedirs(args.out, exist_ok=True)
    base = f"http://127.0.0.1:{args.port}"
    ctl = [ "dotnet", os.path.join(args.searchctl, "searchctl.dll")]
    words, articles = words_of(args.corpus)
    if not os.path.isdir(args.index):
        engine = ["--engine", args.engine] if args.engine else []
        subprocess.run(ctl + ["rebuild", "--index", args.index, "--source", args.corpus] + engine, check=True, stdout=subprocess.DEVNULL)
    log = open(os.path.join(args.out, "server.log"), "w")
    server = subprocess.Popen(
        ["dotnet", os.path.join(args.server, "SearchEngine.Server.dll"), "--urls", base,
         f"--Search:IndexPath={args.index}", "--Search:RateLimitPermits=0", f"--Search:ApiKey={API_KEY}",
         "--Logging:LogLevel:Default=Warning"],
        stdout=log, stderr=subprocess.STDOUT)
    stop = threading.Event()
    counts = Counts()
    samples, rebuilds = [], []
    try:
        for _ in range(120):
            if request(f"{base}/healthz", timeout=2) == 200:
                break
            time.sleep(0.5)
        else:
            raise SystemExit("the server did not answer /healthz within 60 s; see server.log")
        threads = [threading.Thread(target=reader, args=(base, words, stop, counts, i), daemon=True) for i in range(args.readers)]
        threads.append(threading.Thread(target=writer, args=(base, articles, stop, counts, 99), daemon=True))
        for t in threads:
            t.start()
        start = time.monotonic()
        end = start + args.minutes * 60
        next_rebuild = start + args.rebuild_every
        with open(os.path.join(args.out, "samples.jsonl"), "w") as out:
            while time.monotonic() < end and server.poll() is None:
                s = sample(server.pid, args.index)
                s["t"] = round(time.monotonic() - start, 1)
                samples.append(s)
                out.write(json.dumps(s) + "\n")
                out.flush()
                if time.monotonic() >= next_rebuild:
                    t0 = time.monotonic()
                    r = subprocess.run(ctl + ["rebuild", "--index", args.index, "--source", args.corpus],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                    rebuilds.append({"at_s": round(t0 - start), "seconds": round(time.monotonic() - t0, 1), "exit": r.returncode,
                                     "error": r.stderr.strip()[-300:] if r.returncode else ""})
                    next_rebuild = time.monotonic() + args.rebuild_every
                time.sleep(args.sample_every)
    finally:
        stop.set()
        died = server.poll() is not None
        if not died:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
        log.close()

    def spread(key):
        values = [s[key] for s in samples]
        k = max(1, len(values) // 5)
        return {"first": statistics.median(values[:k]), "last": statistics.median(values[-k:]), "max": max(values)}

    summary = {
        "minutes": args.minutes,
        "samples": len(samples),
        "server_died": died,
        "requests": dict(sorted(counts.by.items())),
        "rebuilds": rebuilds,
        "resources": {key: spread(key) for key in ("rss_mb", "fds", "mapped_index_files", "mapped_deleted", "threads")} if samples else {},
    }
    print(json.dumps(summary, indent=2))
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    return 1 if died else 0


if __name__ == "__main__":
    sys.exit(main())
