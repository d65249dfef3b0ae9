#!/usr/bin/env python3
"""One benchmark run's output in three fields, lines|slow operations|shapes: from a digest (--format json) or a peer's counts."""
import json
import sys

with open(sys.argv[1]) as out:
    result = json.load(out)
if "peer" in result:
    print(f"-|{sum(result['peer'].values())}|-")
else:
    totals = result["totals"]
    print(f"{totals['lines']}|{totals['operations']}|{totals['shapes']}")
