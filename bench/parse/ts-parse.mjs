// Times ts.createSourceFile (TypeScript 6, the oracle's pinned version) over the corpus: files
// are read and decoded first, a warm-up round lets V8 optimise, then only the parse loop is timed.
//   node ts-parse.mjs ROOT LIST [ITERATIONS] [WARMUP]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const [root, list, iterationsText = "3", warmupText = "2"] = process.argv.slice(2);
if (!root || !list) {
  console.error("usage: node ts-parse.mjs ROOT LIST [ITERATIONS] [WARMUP]");
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(root), "package.json"));
const ts = require("typescript");
const names = fs.readFileSync(list, "utf8").split("\n").filter((line) => line.length > 0);
let bytes = 0;
const files = names.map((name) => {
  const full = path.join(root, name);
  bytes += fs.statSync(full).size;
  return { name, text: ts.sys.readFile(full) };
});

const parseAll = (mode) => {
  let statements = 0;
  for (const file of files) {
    const sourceFile = ts.createSourceFile(file.name, file.text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: mode });
    statements += sourceFile.statements.length;
  }
  return statements;
};

const measure = (label, mode) => {
  for (let i = 0; i < Number(warmupText); i++) parseAll(mode);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < Number(iterationsText); i++) parseAll(mode);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = (bytes * Number(iterationsText)) / 1e6;
  const megabytesPerSecond = megabytes / seconds;
  const megabytesPerCpuSecond = megabytes / cpuSeconds;
  console.error(`ts-parse: TypeScript ${ts.version}, ${label}: ${megabytesPerSecond.toFixed(1)} MB/s, ${megabytesPerCpuSecond.toFixed(1)} MB per CPU second`);
  return { mode: label, iterations: Number(iterationsText), seconds, cpuSeconds, megabytesPerSecond, megabytesPerCpuSecond };
};

const measurements = [
  measure("JSDoc parsed (createSourceFile's default)", ts.JSDocParsingMode.ParseAll),
  measure("JSDoc skipped", ts.JSDocParsingMode.ParseNone),
];
process.stdout.write(JSON.stringify({ typescript: ts.version, files: files.length, bytes, measurements }, null, 2) + "\n");
