namespace Nestor.Mongo.Tests.Logs;

/// <summary>Log lines for the tests: the slow-query example of the MongoDB manual's log-messages page, and lines built from its format.</summary>
internal static class LogLines
{
    /// <summary>The manual's slow aggregation example (4.4+ format).</summary>
    public const string ManualSlowAggregate = """{"t":{"$date":"2020-05-20T20:10:08.731+00:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn281","msg":"Slow query","attr":{"type":"command","ns":"stocks.trades","appName":"MongoDB Shell","command":{"aggregate":"trades","pipeline":[{"$project":{"ticker":1,"price":1,"priceGTE110":{"$gte":["$price",110]},"_id":0}},{"$sort":{"price":-1}}],"allowDiskUse":true,"cursor":{},"lsid":{"id":{"$uuid":"fa658f9e-9cd6-42d4-b1c8-c9160fabf2a2"}},"$clusterTime":{"clusterTime":{"$timestamp":{"t":1590005405,"i":1}},"signature":{"hash":{"$binary":{"base64":"AAAAAAAAAAAAAAAAAAAAAAAAAAA=","subType":"0"}},"keyId":0}},"$db":"test"},"planSummary":"COLLSCAN","cursorid":1912190691485054730,"keysExamined":0,"docsExamined":1000001,"hasSortStage":true,"usedDisk":true,"numYields":1002,"nreturned":101,"reslen":17738,"locks":{"ReplicationStateTransition":{"acquireCount":{"w":1119}},"Global":{"acquireCount":{"r":1119}}},"storage":{"data":{"bytesRead":232899899,"timeReadingMicros":186017}},"remote":"192.168.14.15:37666","protocol":"op_msg","durationMillis":22427}}""";

    public static string Find(string ctx, string filter, int millis, string plan = "COLLSCAN", string extra = "") =>
        $$$"""{"t":{"$date":"2024-03-18T10:51:05.754-04:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"{{{ctx}}}","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"find":"orders","filter":{{{filter}}},"$db":"shop"},"planSummary":"{{{plan}}}","keysExamined":0,"docsExamined":500,"nreturned":5{{{extra}}},"durationMillis":{{{millis}}}}}""";

    public static string UpdateStatement(string ctx, int millis) =>
        $$$"""{"t":{"$date":"2024-03-18T10:51:05.754-04:00"},"s":"I",  "c":"WRITE",    "id":51803,   "ctx":"{{{ctx}}}","msg":"Slow query","attr":{"type":"update","ns":"testdb.dealers","command":{"q":{"_id":"DEALER-1"},"u":{"$set":{"name":"Atlanta Auto"}},"multi":false,"upsert":true},"planSummary":"IDHACK","keysExamined":0,"docsExamined":0,"nMatched":0,"nModified":0,"nUpserted":1,"durationMillis":{{{millis}}}}}""";

    public static string UpdateCommand(string ctx, int millis) =>
        $$$"""{"t":{"$date":"2024-03-18T10:51:06.097-04:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"{{{ctx}}}","msg":"Slow query","attr":{"type":"command","ns":"testdb.$cmd","command":{"update":"dealers","ordered":true,"$db":"testdb"},"numYields":0,"reslen":297,"durationMillis":{{{millis}}}}}""";

    public const string ConnectionAccepted = """{"t":{"$date":"2024-03-18T10:49:13.161-04:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"127.0.0.1:60226","connectionId":5,"connectionCount":1}}""";

    /// <summary>A 4.0 slow find as the manual's 4.0 log examples print it.</summary>
    public const string LegacyFind = """2019-06-18T12:05:44.754+0100 I COMMAND  [conn2] command local.myCollection appName: "MongoDB Shell" command: find { find: "myCollection", filter: { status: "A", qty: { $lt: 30 } }, sort: { qty: -1 }, lsid: { id: UUID("edbf6089-da9b-4dfd-8af0-a55a0e525d27") }, $db: "local" } planSummary: IXSCAN { status: 1, qty: -1 } keysExamined:12 docsExamined:10 hasSortStage:1 cursorExhausted:1 numYields:0 nreturned:4 queryHash:F286520C planCacheKey:A1B2C3D4 reslen:159 locks:{ Global: { acquireCount: { r: 1 } } } storage:{} protocol:op_msg 120ms""";
}
