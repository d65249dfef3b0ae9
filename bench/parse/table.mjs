// Prints the side-by-side table of bench/parse/run.sh from the three parsers' JSON results.
//   node table.mjs NESTOR_JSON TS_JSON TSGO_JSON
import fs from "node:fs";

const [nestorFile, tsFile, tsgoFile] = process.argv.slice(2);
const nestor = JSON.parse(fs.readFileSync(nestorFile, "utf8"));
const ts = JSON.parse(fs.readFileSync(tsFile, "utf8"));
const tsgo = JSON.parse(fs.readFileSync(tsgoFile, "utf8"));

const rows = [];
for (const m of nestor.measurements) {
  rows.push({ parser: `Nestor, ${m.mode} (${m.threads} threads)`, rate: m.megabytesPerSecond, cpuRate: m.megabytesPerCpuSecond, alloc: m.allocatedBytesPerSourceByte.toFixed(2) });
}
for (const m of ts.measurements) {
  rows.push({ parser: `TypeScript ${ts.typescript} createSourceFile (Node ${process.versions.node}), ${m.mode}`, rate: m.megabytesPerSecond, cpuRate: m.megabytesPerCpuSecond, alloc: "" });
}
for (const m of tsgo.measurements) {
  rows.push({ parser: `TypeScript ${tsgo.typescript} native tsc "Parse time", ${m.mode}`, rate: tsgo.bytes / 1e6 / m.parseSeconds, cpuRate: undefined, alloc: "" });
}

const reference = nestor.measurements[0];
const ratio = (mine, theirs) => (theirs === undefined ? "" : `${(mine / theirs).toFixed(2)}x`);
console.log(`Corpus: ${nestor.files} files, ${(nestor.bytes / 1e6).toFixed(1)} MB on disk; ${nestor.cores} cores; MB = 10^6 bytes of source on disk`);
console.log("");
console.log("| parser | MB/s (wall) | MB per CPU second | Nestor 1 thread vs this (wall) | Nestor 1 thread vs this (CPU) | allocated bytes per source byte |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) {
  const cpu = row.cpuRate === undefined ? "" : row.cpuRate.toFixed(1);
  console.log(`| ${row.parser} | ${row.rate.toFixed(1)} | ${cpu} | ${ratio(reference.megabytesPerSecond, row.rate)} | ${ratio(reference.megabytesPerCpuSecond, row.cpuRate)} | ${row.alloc} |`);
}
