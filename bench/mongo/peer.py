#!/usr/bin/env python3
"""The peer of the digest benchmark: the least work a slow-query digest must do on a mongod 4.4+ log.

Every line is parsed with Python's json module (written in C); the slow queries (id 51803) are kept and counted by
namespace. No shapes, no statistics: a floor, not a rival. Prints {"peer": {namespace: count}}.
Usage: peer.py LOG
"""
import collections
import json
import sys

SLOW_QUERY = 51803


def main(path):
    counts = collections.Counter()
    with open(path, "rb") as log:
        for line in log:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("id") == SLOW_QUERY:
                attr = entry.get("attr")
                counts[attr.get("ns") if isinstance(attr, dict) else None] += 1
    print(json.dumps({"peer": counts}))


if __name__ == "__main__":
    main(sys.argv[1])
