#!/usr/bin/env python3
"""prefix_attack.py: many clients sending the broadest prefix queries at once, while /healthz and simple searches
are timed: the concurrency limit and query budget must keep both answering.

Starts the server over INDEX on loopback with the per-client rate limit off (an attack from many addresses), then
for DURATION seconds: ATTACKERS threads loop one-letter prefix searches (a*, b*, ... with facets, as the API
always counts them); one thread probes /healthz every 100 ms; one thread sends simple one-word searches back to
back. Prints one JSON object: statuses of the attack, /healthz latency (max, p99), simple-search latency (p50,
p99) and statuses.

  python3 tools/loadbench/prefix_attack.py --server DIR_WITH_SearchEngine.Server.dll --index INDEX [--duration 60]
"""
import argparse
import json
import subprocess
import threading
import time
import urllib.error
import urllib.request

LETTERS = "abcdefghijklmnoprstuvw"
WORDS = ["regeringen", "kabinet", "minister", "verkiezingen", "folketinget", "politie", "skatten", "economie"]


def get(url, timeout=30):
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    except Exception as e:
        status = type(e).__name__
    return status, time.perf_counter() - start


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--server", required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--port", type=int, default=5393)
    p.add_argument("--attackers", type=int, default=50)
    p.add_argument("--duration", type=float, default=60)
    p.add_argument("--setting", action="append", default=[], help="extra server setting, e.g. Search:MaxConcurrentSearches=4")
    args = p.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        ["dotnet", f"{args.server}/SearchEngine.Server.dll", "--urls", base, f"--Search:IndexPath={args.index}",
         "--Search:RateLimitPermits=0", "--Logging:LogLevel:Default=Warning"] + [f"--{s}" for s in args.setting],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(240):
            if get(f"{base}/healthz", 2)[0] == 200:
                break
            time.sleep(0.5)
        else:
            raise SystemExit("the server did not answer /healthz")
        for word in WORDS:  # warm the snapshot
            get(f"{base}/api/search?q={word}")
        stop = threading.Event()
        lock = threading.Lock()
        attack, health, simple, simple_status = {}, [], [], {}

        def attacker(i):
            n = i
            while not stop.is_set():
                status, _ = get(f"{base}/api/search?q={LETTERS[n % len(LETTERS)]}*")
                with lock:
                    attack[str(status)] = attack.get(str(status), 0) + 1
                n += 1

        def prober():
            while not stop.is_set():
                status, seconds = get(f"{base}/healthz", 10)
                with lock:
                    health.append(seconds if status == 200 else float("inf"))
                time.sleep(0.1)

        def searcher():
            n = 0
            while not stop.is_set():
                status, seconds = get(f"{base}/api/search?q={WORDS[n % len(WORDS)]}")
                with lock:
                    simple_status[str(status)] = simple_status.get(str(status), 0) + 1
                    if status == 200:
                        simple.append(seconds)
                n += 1

        threads = [threading.Thread(target=attacker, args=(i,), daemon=True) for i in range(args.attackers)]
        threads += [threading.Thread(target=prober, daemon=True), threading.Thread(target=searcher, daemon=True)]
        for t in threads:
            t.start()
        time.sleep(args.duration)
        stop.set()
        for t in threads:
            t.join(35)
        ms = lambda v: None if v is None else round(v * 1000, 1)
        print(json.dumps({
            "attackers": args.attackers,
            "duration_s": args.duration,
            "settings": args.setting,
            "attack_statuses": attack,
            "healthz": {"probes": len(health), "max_ms": ms(max(health)), "p99_ms": ms(percentile(health, 99))},
            "simple": {"statuses": simple_status, "p50_ms": ms(percentile(simple, 50)), "p99_ms": ms(percentile(simple, 99))},
        }, indent=2))
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
