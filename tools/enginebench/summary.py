#!/usr/bin/env python3
"""Tables of tools/enginebench/run.sh's rounds: indexing (wall, docs/s, peak RSS, bytes) and per-class latency.

Usage: summary.py OUT   (OUT/r1, OUT/r2, ... as run.sh writes them)
A query's class is its id up to the second '-' (term-da, bool-nl, filtered-both, ...). Per round, a class's
latency is the mean of its queries' median latencies; the tables give the median over rounds, and the ratios
are taken per round, then their median. Totals and facet counts of the engines are compared with Java's.
"""
import glob, json, os, statistics, sys

out = sys.argv[1]
rounds = sorted(glob.glob(os.path.join(out, "r*")))
engines = ["native", "lucenenet", "lnpeer", "java"]
names = {"native": "native engine", "lucenenet": "Lucene.Net engine", "lnpeer": "bare Lucene.Net 4.8 peer", "java": "Java Lucene 8"}


def load(r, e, kind):
    return json.load(open(os.path.join(r, f"{e}.{kind}")))


def med(xs):
    return statistics.median(xs)


print(f"rounds: {len(rounds)}\n")
print("| | rebuild wall s | docs/s | peak RSS MiB | index MB |")
print("|---|---|---|---|---|")
for e in engines:
    walls = [load(r, e, "time")["wall_s"] for r in rounds]
    rss = [load(r, e, "time")["peak_rss_kb"] / 1024 for r in rounds]
    docs = [load(r, e, "index.json")["docs"] for r in rounds]
    size = [int(open(os.path.join(r, f"{e}.bytes")).read()) / 1e6 for r in rounds]
    print(f"| {names[e]} | {med(walls):.1f} ({min(walls):.1f}-{max(walls):.1f}) | {med(docs) / med(walls):,.0f} | {med(rss):,.0f} | {med(size):.1f} |")


def per_class(r, e):
    classes = {}
    for line in open(os.path.join(r, f"{e}.results.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        c = "-".join(q["id"].split("-")[:2])
        classes.setdefault(c, []).append(q["latency_ms_median"])
    return {c: statistics.mean(v) for c, v in classes.items()}


lat = {e: [per_class(r, e) for r in rounds] for e in engines}
classes = sorted(lat["java"][0])
print("\nper class: mean of per-query median latency, ms (median over rounds); ratios per round, then their median\n")
print("| class | native | Lucene.Net engine | bare Lucene.Net | Java Lucene 8 | native / Lucene.Net engine | Lucene.Net engine / bare peer | native / Java |")
print("|---|---|---|---|---|---|---|---|")
for c in classes + ["all"]:
    def v(e, i):
        d = lat[e][i]
        return statistics.mean(d.values()) if c == "all" else d[c]
    cells = [med([v(e, i) for i in range(len(rounds))]) for e in engines]
    ratio = lambda a, b: med([v(a, i) / v(b, i) for i in range(len(rounds))])
    print(f"| {c} | " + " | ".join(f"{x:.2f}" for x in cells)
          + f" | {ratio('native', 'lucenenet'):.2f} | {ratio('lucenenet', 'lnpeer'):.2f} | {ratio('native', 'java'):.2f} |")

print("\nagreement with Java Lucene 8 (round 1): totals; facet counts (drill-down and sideways); the top-10 scores, in order,")
print("within 1e-4; the top-10 ids, leaving out those tied with the last score (a tie may be broken by another doc order)")
java = {q["id"]: q for q in map(json.loads, open(os.path.join(rounds[0], "java.results.jsonl"), encoding="utf-8"))}
for e in ["native", "lucenenet", "lnpeer"]:
    totals = facets = scores = ids = n = 0
    for line in open(os.path.join(rounds[0], f"{e}.results.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        j = java[q["id"]]
        n += 1
        totals += q["total"] == j["total"]
        sideways_equal = "facets_sideways" not in j or q.get("facets_sideways") == j["facets_sideways"]
        facets += q.get("facets") == j.get("facets") and sideways_equal
        ours, theirs = [h["score"] for h in q["hits"]], [h["score"] for h in j["hits"]]
        scores += len(ours) == len(theirs) and all(abs(a - b) <= 1e-4 * max(1.0, abs(b)) for a, b in zip(ours, theirs))
        last = theirs[-1] if theirs else 0
        untied = lambda hits: {h["id"] for h in hits if h["score"] > last + 1e-4}
        ids += untied(q["hits"]) == untied(j["hits"])
    print(f"  {names[e]}: totals {totals}/{n}, facets {facets}/{n}, top-10 scores {scores}/{n}, top-10 ids beyond ties {ids}/{n}")
