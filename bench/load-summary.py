#!/usr/bin/env python3
"""Summarises a Gatling run of ProvinceLoadSimulation from its console output (target/load/gatling.log).

Usage: bench/load-summary.py target/load/gatling.log   (called by bench/load.sh)
Gatling 3.15 writes no machine-readable statistics file; the simulation asserts, for every request name, the
failed count and the percentiles of issue 18's targets, and Gatling prints each assertion with its actual value.
"""
import re
import sys

ASSERTION = re.compile(r"^(?P<name>.+?): (?:(?P<pct>\d+)th percentile of response time is less than "
                       r"(?P<limit>[\d.]+)|count of (?P<events>failed|all) events [a-z ]+ [\d.-]+) : (?P<ok>true|false) "
                       r"\((?:actual : (?P<actual>[\d.]+)|(?P<missing>Could not find.*))\)$")


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    start = max((i for i, l in enumerate(lines) if "---- Global Information" in l), default=len(lines))
    glob = [l for l in lines[start:] if l.startswith("> ") and "|" in l]
    if glob:
        print("Gatling global figures (ms; total | OK | KO):")
        for l in glob:
            print("  " + re.sub(r"\s+", " ", l[2:]))
    rows = {}
    for l in lines:
        m = ASSERTION.match(l.strip())
        if not m:
            continue
        name = m["name"]
        r = rows.setdefault(name, {"ok": True})
        r["ok"] &= m["ok"] == "true"
        value = "-" if m["missing"] else f"{float(m['actual']):.0f}"
        if m["pct"]:
            r["p" + m["pct"]] = value
            r["limit" + m["pct"]] = float(m["limit"])
        elif m["events"] == "all":
            r["count"] = value
        else:
            r["KO"] = value
    if not rows:
        print("no assertion lines found in " + sys.argv[1])
        return
    print(f"{'request':38} {'count':>6} {'KO':>4} {'p95':>6} {'p99':>6}  target (p95 / p99 ms)  met?")
    bad = 0
    for name, r in rows.items():
        if name == "Global":
            continue
        target = f"{r.get('limit95', 0):.0f}" + (f" / {r['limit99']:.0f}" if "limit99" in r else "")
        bad += not r["ok"]
        print(f"{name[:38]:38} {r.get('count', '-'):>6} {r.get('KO', '-'):>4} {r.get('p95', '-'):>6} {r.get('p99', '-'):>6}  {target:22} "
              f"{'yes' if r['ok'] else 'NO'}")
    g = rows.get("Global")
    if g:
        print(f"errors (failed requests, all): {g.get('KO', '?')}")
    print("all targets met" if bad == 0 and (not g or g["ok"]) else f"{bad} request name(s) miss a target")


if __name__ == "__main__":
    main()
