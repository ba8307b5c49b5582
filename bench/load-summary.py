#!/usr/bin/env python3
"""Prints the per-request figures of a Gatling report (js/stats.json) against issue 18's targets.

Usage: bench/load-summary.py target/gatling/<run>/   (called by bench/load.sh)
Percentiles 1-4 are Gatling's defaults: 50, 75, 95, 99.
"""
import json
import sys
from pathlib import Path

DOWNLOAD = (".docx", ".pdf", ".xlsx")


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return float("nan")


def walk(node, out):
    if node.get("type") == "REQUEST":
        out.append(node)
    for child in (node.get("contents") or {}).values():
        walk(child, out)


def main():
    run = Path(sys.argv[1])
    stats = json.loads((run / "js" / "stats.json").read_text(encoding="utf-8"))
    requests = []
    walk(stats, requests)
    rows = [("All requests", stats["stats"], None)] + [(r["name"], r["stats"], r["name"].endswith(DOWNLOAD))
                                                       for r in requests]
    print(f"{'request':34} {'count':>6} {'KO':>4} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}  target")
    failed = 0
    for name, s, download in rows:
        n = s["numberOfRequests"]
        p50, p95, p99 = (num(s[k]["total"]) for k in ("percentiles1", "percentiles3", "percentiles4"))
        mx = num(s["maxResponseTime"]["total"])
        ko = int(num(n["ko"]))
        if download is None:
            verdict = "0 errors: " + ("met" if ko == 0 else "NOT met")
            failed += ko != 0
        elif download:
            ok = p95 < 2000
            verdict = "download p95 < 2 s: " + ("met" if ok else "NOT met")
            failed += not ok
        else:
            ok = p95 < 500 and p99 < 1500
            verdict = "p95 < 500 ms, p99 < 1.5 s: " + ("met" if ok else "NOT met")
            failed += not ok
        print(f"{name[:34]:34} {int(num(n['total'])):>6} {ko:>4} {p50:>6.0f} {p95:>6.0f} {p99:>6.0f} {mx:>6.0f}  {verdict}")
    print(f"requests per second (mean): {num(stats['stats']['meanNumberOfRequestsPerSecond']['total']):.1f}")
    print("all targets met" if failed == 0 else f"{failed} target(s) not met")


if __name__ == "__main__":
    main()
