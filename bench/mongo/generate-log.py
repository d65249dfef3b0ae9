#!/usr/bin/env python3
"""Writes a large synthetic mongod log for the digest benchmark.

The lines follow the shapes seen in public 6.0 logs and in the MongoDB documentation's slow-query example: mostly
non-slow noise (connections, client metadata, replication), slow finds with filters, sorts and projections, aggregates,
getMores with their originating command, per-statement update lines followed by their command summary, inserts.
Values are generated, never copied. Usage: generate-log.py OUT.log SIZE_MB [--legacy-share 0.1] [--seed 1]
"""
import argparse
import random

NAMESPACES = ["shop.orders", "shop.customers", "shop.products", "inventory.items", "analytics.events", "users.sessions"]
FIELDS = ["status", "customerId", "createdAt", "sku", "region", "total", "tags", "type", "userId", "expiresAt"]
PLANS = ["COLLSCAN", "IXSCAN { status: 1, createdAt: -1 }", "IXSCAN { customerId: 1 }", "IDHACK", "IXSCAN { sku: 1 }"]
LOCKS = ('"locks":{"FeatureCompatibilityVersion":{"acquireCount":{"r":2}},"Global":{"acquireCount":{"r":2}},'
         '"Mutex":{"acquireCount":{"r":1}}},"readConcern":{"level":"local","provenance":"implicitDefault"},"storage":{}')


def stamp(i):
    seconds = i // 20
    return f"2024-03-18T{10 + (seconds // 3600) % 12:02d}:{(seconds // 60) % 60:02d}:{seconds % 60:02d}.{i % 1000:03d}-04:00"


def predicate(rng, field):
    kind = rng.random()
    if kind < 0.45:
        return f'"{field}":"v{rng.randint(1, 9999)}"'
    if kind < 0.65:
        return f'"{field}":{{"$in":[{rng.randint(1, 99)},{rng.randint(100, 999)}]}}'
    if kind < 0.85:
        return f'"{field}":{{"$gte":{{"$date":"2024-0{rng.randint(1, 9)}-01T00:00:00Z"}}}}'
    if kind < 0.93:
        return f'"{field}":{{"$exists":true}}'
    return f'"{field}":{{"$regularExpression":{{"pattern":"^a{rng.randint(1, 9)}","options":"i"}}}}'


# An application issues a few dozen query shapes with ever-changing values: fix the shapes, vary the values.
SHAPES = []


def query_filter(rng):
    if not SHAPES:
        shapes = random.Random(42)
        for _ in range(40):
            SHAPES.append((shapes.sample(FIELDS, shapes.randint(1, 3)), shapes.random(), shapes.random() < 0.1))
    fields, seed, with_or = rng.choice(SHAPES)
    kinds = random.Random(seed)
    parts = [predicate(kinds, f) if kinds else "" for f in fields]
    parts = [revalue(rng, part) for part in parts]
    if with_or:
        parts.append('"$or":[{"status":"v' + str(rng.randint(1, 99)) + '"},{"region":{"$in":[1,2]}}]')
    return "{" + ",".join(parts) + "}"


def revalue(rng, part):
    return part.replace('"v', f'"v{rng.randint(0, 9)}', 1)


def figures(rng, plan):
    returned = rng.randint(0, 200)
    docs = returned * (rng.randint(50, 5000) if plan == "COLLSCAN" else rng.randint(1, 3))
    keys = 0 if plan == "COLLSCAN" else docs
    return returned, docs, keys


def slow_find(rng, i, ns):
    db, coll = ns.split(".", 1)
    plan = rng.choice(PLANS)
    returned, docs, keys = figures(rng, plan)
    sort = ',"sort":{"createdAt":-1}' if rng.random() < 0.4 else ""
    proj = ',"projection":{"_id":0,"status":1,"total":1}' if rng.random() < 0.2 else ""
    return (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn{rng.randint(1, 400)}",'
            f'"msg":"Slow query","attr":{{"type":"command","ns":"{ns}","appName":"shop-api","command":{{"find":"{coll}",'
            f'"filter":{query_filter(rng)}{sort}{proj},"limit":50,"lsid":{{"id":{{"$uuid":"4f4258f7-080e-499b-8e4b-20b5e3455ba4"}}}},'
            f'"$db":"{db}"}},"planSummary":"{plan}","planningTimeMicros":{rng.randint(50, 900)},"keysExamined":{keys},'
            f'"docsExamined":{docs},"hasSortStage":{"true" if sort and plan == "COLLSCAN" else "false"},"cursorExhausted":true,'
            f'"numYields":{rng.randint(0, 40)},"nreturned":{returned},"queryHash":"{rng.randint(0, 15):X}F28652C",'
            f'"planCacheKey":"A1B2C3D4","queryFramework":"classic","reslen":{rng.randint(200, 90000)},{LOCKS},'
            f'"remote":"10.0.0.{rng.randint(1, 254)}:{rng.randint(30000, 60000)}","protocol":"op_msg",'
            f'"durationMillis":{int(rng.expovariate(1 / 180)) + 100}}}}}')


def slow_aggregate(rng, i, ns):
    db, coll = ns.split(".", 1)
    return (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn{rng.randint(1, 400)}",'
            f'"msg":"Slow query","attr":{{"type":"command","ns":"{ns}","command":{{"aggregate":"{coll}","pipeline":['
            f'{{"$match":{query_filter(rng)}}},{{"$group":{{"_id":"$region","n":{{"$sum":1}}}}}},{{"$sort":{{"n":-1}}}}],'
            f'"cursor":{{}},"$db":"{db}"}},"planSummary":"COLLSCAN","keysExamined":0,"docsExamined":{rng.randint(1000, 90000)},'
            f'"hasSortStage":true,"usedDisk":{"true" if rng.random() < 0.1 else "false"},"nreturned":{rng.randint(1, 20)},'
            f'"reslen":{rng.randint(200, 9000)},{LOCKS},"protocol":"op_msg","durationMillis":{rng.randint(100, 4000)}}}}}')


def slow_update_pair(rng, i, ns):
    db, coll = ns.split(".", 1)
    ctx = f"conn{rng.randint(1, 400)}"
    statement = (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"WRITE",    "id":51803,   "ctx":"{ctx}","msg":"Slow query",'
                 f'"attr":{{"type":"update","ns":"{ns}","command":{{"q":{query_filter(rng)},"u":{{"$set":{{"status":"done"}}}},'
                 f'"multi":false,"upsert":false}},"planSummary":"{rng.choice(PLANS)}","keysExamined":1,"docsExamined":1,'
                 f'"nMatched":1,"nModified":1,"numYields":0,{LOCKS},"durationMillis":{rng.randint(100, 900)}}}}}')
    summary = (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"{ctx}","msg":"Slow query",'
               f'"attr":{{"type":"command","ns":"{db}.$cmd","command":{{"update":"{coll}","ordered":true,"$db":"{db}"}},'
               f'"numYields":0,"reslen":60,{LOCKS},"protocol":"op_msg","durationMillis":{rng.randint(100, 900)}}}}}')
    return statement + "\n" + summary


def slow_getmore(rng, i, ns):
    db, coll = ns.split(".", 1)
    return (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn{rng.randint(1, 400)}",'
            f'"msg":"Slow query","attr":{{"type":"command","ns":"{ns}","command":{{"getMore":{rng.randint(10**15, 10**18)},'
            f'"collection":"{coll}","batchSize":100,"$db":"{db}"}},"originatingCommand":{{"find":"{coll}","filter":'
            f'{query_filter(rng)},"$db":"{db}"}},"planSummary":"COLLSCAN","cursorid":{rng.randint(10**15, 10**18)},'
            f'"keysExamined":0,"docsExamined":{rng.randint(100, 9000)},"numYields":2,"nreturned":100,"reslen":793,{LOCKS},'
            f'"protocol":"op_msg","durationMillis":{rng.randint(100, 700)}}}}}')


def noise(rng, i):
    choice = rng.random()
    if choice < 0.4:
        return (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted",'
                f'"attr":{{"remote":"10.0.0.{rng.randint(1, 254)}:{rng.randint(30000, 60000)}","uuid":{{"uuid":{{"$uuid":'
                f'"4f4258f7-080e-499b-8e4b-20b5e3455ba4"}}}},"connectionId":{i},"connectionCount":{rng.randint(1, 90)}}}}}')
    if choice < 0.7:
        return (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"NETWORK",  "id":51800,   "ctx":"conn{i}","msg":"client metadata",'
                f'"attr":{{"remote":"10.0.0.9:51234","client":"conn{i}","doc":{{"driver":{{"name":"nodejs|Mongoose","version":"6.3.0"}},'
                f'"os":{{"type":"Linux","name":"linux","architecture":"x64","version":"6.1.0"}},"platform":"Node.js v20.11.0, LE"}}}}}}')
    return (f'{{"t":{{"$date":"{stamp(i)}"}},"s":"I",  "c":"REPL",     "id":21530,   "ctx":"BackgroundSync","msg":"Scheduled new oplog query",'
            f'"attr":{{"fetcher":{{"source":"localhost:27017","namespace":"local.oplog.rs","readConcernArgs":{{}},"lastFetched":'
            f'{{"ts":{{"$timestamp":{{"t":1710773352,"i":1}}}},"t":1}}}}}}}}')


def legacy_find(rng, i, ns):
    db, coll = ns.split(".", 1)
    plan = rng.choice(PLANS)
    returned, docs, keys = figures(rng, plan)
    return (f'2019-06-18T12:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000:03d}+0100 I COMMAND  [conn{rng.randint(1, 400)}] command {ns} '
            f'appName: "shop-api" command: find {{ find: "{coll}", filter: {{ status: "paid", createdAt: {{ $gte: new Date(1560000000000) }} }}, '
            f'sort: {{ createdAt: -1 }}, lsid: {{ id: UUID("edbf6089-da9b-4dfd-8af0-a55a0e525d27") }}, $db: "{db}" }} planSummary: {plan} '
            f'keysExamined:{keys} docsExamined:{docs} cursorExhausted:1 numYields:0 nreturned:{returned} reslen:1912 '
            f'locks:{{ Global: {{ acquireCount: {{ r: 1 }} }}, Database: {{ acquireCount: {{ r: 1 }} }} }} storage:{{}} protocol:op_msg '
            f'{rng.randint(100, 2000)}ms')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("size_mb", type=int)
    parser.add_argument("--legacy-share", type=float, default=0.0)
    parser.add_argument("--slow-share", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    limit = args.size_mb * 1024 * 1024
    written = 0
    i = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        while written < limit:
            i += 1
            ns = rng.choice(NAMESPACES)
            roll = rng.random()
            if roll < args.legacy_share:
                line = legacy_find(rng, i, ns)
            elif roll < args.legacy_share + args.slow_share:
                kind = rng.random()
                line = (slow_find if kind < 0.6 else slow_aggregate if kind < 0.75 else slow_getmore if kind < 0.85 else slow_update_pair)(rng, i, ns)
            else:
                line = noise(rng, i)
            out.write(line)
            out.write("\n")
            written += len(line) + 1


if __name__ == "__main__":
    main()
