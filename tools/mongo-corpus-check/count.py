#!/usr/bin/env python3
"""Independent count of slow operations per namespace in one MongoDB evidence file, compared with nestor's JSON digest.

It shares no code with nestor: JSON log lines with "id": 51803 are counted by attr.ns; legacy text lines are
counted by the namespace after an operation word (query, getmore, update, remove, insert, command) when the line
ends in "<N>ms"; profiler documents are counted by their "ns". Usage: count.py FILE DIGEST.json
"""
import collections
import gzip
import json
import re
import sys

LEGACY = re.compile(r"^\S.*?\[[^\]]+\] (?:warning: log line attempted .*?printing beginning and end \.\.\. )?"
                    r"(query|getmore|update|remove|insert|command) (\S+) .* \d+ms\s*$")
SLOW_QUERY = 51803


def open_text(path):
    with open(path, "rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="\n")
    return open(path, "rt", encoding="utf-8", errors="replace", newline="\n")


def count_log(text):
    counts = collections.Counter()
    lines = 0
    for line in text.split("\n"):
        lines += 1
        stripped = line.strip()
        if stripped.startswith("{"):
            try:
                entry = json.loads(stripped)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("id") == SLOW_QUERY and isinstance(entry.get("attr"), dict):
                ns = entry["attr"].get("ns")
                if isinstance(ns, str):
                    counts[ns] += 1
        else:
            match = LEGACY.match(line)
            if match and "." in match.group(2):
                counts[match.group(2)] += 1
    if text.endswith("\n") or text == "":
        lines -= 1
    return counts, lines


def count_documents(text):
    counts = collections.Counter()
    stripped = text.strip()
    try:
        parsed = json.loads(stripped)
        documents = parsed if isinstance(parsed, list) else [parsed]
    except ValueError:
        documents = [json.loads(line) for line in stripped.splitlines() if line.strip()]
    for document in documents:
        if isinstance(document, dict) and isinstance(document.get("op"), str) and isinstance(document.get("ns"), str):
            counts[document["ns"]] += 1
    return counts, None


def main():
    path, digest_path = sys.argv[1], sys.argv[2]
    with open_text(path) as handle:
        text = handle.read()
    head = text.lstrip()
    is_log = not head.startswith(("[", "{")) or head.startswith('{"t":')
    expected, lines = count_log(text) if is_log else count_documents(text)

    with open(digest_path, encoding="utf-8") as handle:
        digest = json.load(handle)
    totals = digest["totals"]
    seen = {n["namespace"]: n["operations"] + n["writeBatchSummaries"] for n in digest["namespaces"]}
    problems = []
    if totals["lines"] != totals["operations"] + totals["otherMessages"] + totals["skippedTotal"]:
        problems.append(f"lines {totals['lines']} != operations + other messages + skipped")
    if lines is not None and totals["lines"] != lines:
        problems.append(f"nestor read {totals['lines']} lines, the file has {lines}")
    shape_total = sum(row["count"] for row in digest["shapes"])
    if shape_total + totals["writeBatchSummaries"] != totals["operations"]:
        problems.append(f"shape counts {shape_total} + write summaries {totals['writeBatchSummaries']} != operations {totals['operations']}")
    for ns in sorted(set(expected) | set(seen)):
        if expected.get(ns, 0) != seen.get(ns, 0):
            problems.append(f"namespace {ns}: nestor {seen.get(ns, 0)}, independent count {expected.get(ns, 0)}")

    name = path.rsplit("/", 1)[-1]
    skipped = ", ".join(f"{count} {reason}" for reason, count in sorted(totals["skipped"].items())) or "none"
    summary = (f"{name}: {totals['lines']} lines, {totals['operations']} slow operations in {len(seen)} namespaces "
               f"({sum(expected.values())} by independent count), {totals['otherMessages']} other, skipped: {skipped}")
    if problems:
        print("FAIL " + summary)
        for problem in problems[:20]:
            print("  " + problem)
        return 1
    print("ok   " + summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
