#!/usr/bin/env python3
"""The digest benchmark's table (Markdown), Nestor's throughput as a ratio to each peer's, and a check that the peers
counted the same slow queries per namespace as Nestor did. Usage: table.py RESULTS NESTOR.json PEER.json..."""
import json
import sys


def read_results(path):
    rows = []
    with open(path) as results:
        for line in results:
            label, size, times, lines, operations, shapes = line.rstrip("\n").split("|")
            wall, user, sys_, rss = times.split()
            rows.append({
                "label": label, "mb": int(size) / 1048576, "wall": float(wall), "cpu": float(user) + float(sys_),
                "rss": int(rss) / 1024, "lines": lines, "operations": operations, "shapes": shapes,
            })
    return rows


def number(text):
    return f"{int(text):,}" if text.isdigit() else text


def per_namespace(path):
    with open(path) as out:
        result = json.load(out)
    if "peer" in result:
        return {ns: count for ns, count in result["peer"].items()}
    return {n["namespace"]: n["operations"] + n["writeBatchSummaries"] for n in result["namespaces"]}


def main(results, nestor, *peers):
    rows = read_results(results)
    print("| input | size | lines | slow operations | shapes | wall | MB/s (wall) | CPU (user+sys) | MB/s (CPU) | peak RSS |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['label']} | {r['mb']:,.0f} MB | {number(r['lines'])} | {number(r['operations'])} | {number(r['shapes'])} | "
              f"{r['wall']:.1f} s | {r['mb'] / r['wall']:,.0f} MB/s | {r['cpu']:.1f} s | {r['mb'] / r['cpu']:,.0f} MB/s | {r['rss']:,.0f} MB |")
    print()
    builds = [rows[0]] + [r for r in rows if r["label"] == "JSON 4.4+ log, native build"]
    for ours in builds:
        build = "native build" if "native" in ours["label"] else "plain build"
        for peer in (r for r in rows if r["label"].startswith("peer:")):
            print(f"Nestor ({build}) on the JSON log against {peer['label'][6:]}: {peer['wall'] / ours['wall']:.1f}x by wall clock, "
                  f"{peer['cpu'] / ours['cpu']:.1f}x by CPU time")
    expected = per_namespace(nestor)
    for path in peers:
        counted = per_namespace(path)
        verdict = "agree" if counted == expected else f"DIFFER: nestor {expected} peer {counted}"
        print(f"slow operations per namespace, nestor and {path.rsplit('/', 1)[-1]}: {verdict}")
        if counted != expected:
            sys.exit(1)


if __name__ == "__main__":
    main(*sys.argv[1:])
