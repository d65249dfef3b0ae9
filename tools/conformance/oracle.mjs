// TypeScript's own parser as the oracle for Nestor's: for each file, the parse diagnostics and
// the outline (selected node kinds with their start and end), in the format the comparer and
// the golden tests read.
//
//   node oracle.mjs corpus [--out DIR]      every corpus file -> DIR/corpus.txt, DIR/oracle.jsonl
//   node oracle.mjs list                    the corpus file list on stdout (paths relative to here)
//   node oracle.mjs file PATH...            one JSON document per file on stdout
//   node oracle.mjs fixtures DIR            writes <case>.expected.json beside every fixture in DIR
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));

// The node kinds of the outline. Their names are TypeScript's SyntaxKind names.
export const outlineKinds = [
  "ImportDeclaration",
  "ImportEqualsDeclaration",
  "ExportDeclaration",
  "ExportAssignment",
  "ClassDeclaration",
  "InterfaceDeclaration",
  "EnumDeclaration",
  "TypeAliasDeclaration",
  "FunctionDeclaration",
  "MethodDeclaration",
  "PropertyDeclaration",
  "Parameter",
  "Decorator",
  "CallExpression",
  "NewExpression",
  "ArrowFunction",
];

// SyntaxKind has alias members (FirstX/LastX), so kinds are mapped from our names, never back.
const kindIndexBySyntaxKind = new Map(outlineKinds.map((name, index) => [ts.SyntaxKind[name], index]));

// The corpus: package folders and the file suffix taken from each, walked in sorted order.
export const corpus = [
  { dir: "node_modules/typescript/lib", suffix: ".d.ts", prefix: "lib." },
  { dir: "node_modules/rxjs/src", suffix: ".ts" },
  { dir: "node_modules/zod/src", suffix: ".ts" },
  { dir: "node_modules/effect/src", suffix: ".ts" },
  { dir: "node_modules/type-fest", suffix: ".d.ts" },
  { dir: "node_modules/@types/node", suffix: ".d.ts" },
  { dir: "node_modules/@nestjs/common", suffix: ".d.ts" },
  { dir: "node_modules/@nestjs/core", suffix: ".d.ts" },
  { dir: "node_modules/@nestjs/mongoose", suffix: ".d.ts" },
  { dir: "node_modules/mongoose", suffix: ".d.ts" },
];

// Ordinal comparison, so the order is the same on every machine and matches C#'s Ordinal.
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function walk(root, entry, out) {
  const names = fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => ordinal(a.name, b.name));
  for (const dirent of names) {
    const full = path.join(root, dirent.name);
    if (dirent.isDirectory()) {
      if (dirent.name !== "node_modules") walk(full, entry, out);
    } else if (dirent.isFile() && dirent.name.endsWith(entry.suffix) && (!entry.prefix || dirent.name.startsWith(entry.prefix))) {
      out.push(full);
    }
  }
}

export function listCorpus() {
  const files = [];
  for (const entry of corpus) {
    const root = path.join(here, entry.dir);
    if (!fs.existsSync(root)) throw new Error(`${entry.dir} is missing: run npm ci in ${here}`);
    walk(root, entry, files);
  }
  return files.map((f) => path.relative(here, f).split(path.sep).join("/"));
}

// The ScriptKind TypeScript itself picks from a file name.
export function scriptKindOf(fileName) {
  return ts.getScriptKindFromFileName(fileName);
}

export function readSource(fileName) {
  // ts.sys.readFile decodes as TypeScript does: BOM dropped, UTF-16 BOMs honoured.
  const text = ts.sys.readFile(fileName);
  if (text === undefined) throw new Error(`cannot read ${fileName}`);
  return text;
}

export function parse(fileName, text) {
  return ts.createSourceFile(fileName, text, { languageVersion: ts.ScriptTarget.Latest }, true, scriptKindOf(fileName));
}

// [kindIndex, start, end] triples in document order; sorted afterwards like SyntaxOutline.
export function outlineOf(sourceFile) {
  const entries = [];
  const visit = (node) => {
    const index = kindIndexBySyntaxKind.get(node.kind);
    if (index !== undefined) entries.push([index, node.getStart(sourceFile), node.end]);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  entries.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
  return entries;
}

export function diagnosticsOf(sourceFile) {
  return sourceFile.parseDiagnostics.map((d) => ({
    code: d.code,
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    start: d.start ?? 0,
    length: d.length ?? 0,
  }));
}

function runCorpus(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const files = listCorpus();
  fs.writeFileSync(path.join(outDir, "corpus.txt"), files.join("\n") + "\n");
  const lines = [JSON.stringify({ typescript: ts.version, kinds: outlineKinds, files: files.length })];
  let bytes = 0;
  let withErrors = 0;
  const started = performance.now();
  for (const file of files) {
    const text = readSource(path.join(here, file));
    const sourceFile = parse(file, text);
    const diagnostics = diagnosticsOf(sourceFile);
    if (diagnostics.length > 0) withErrors++;
    bytes += Buffer.byteLength(text);
    lines.push(JSON.stringify({ path: file, length: text.length, scriptKind: ts.ScriptKind[sourceFile.scriptKind], diagnostics, outline: outlineOf(sourceFile).flat() }));
  }
  fs.writeFileSync(path.join(outDir, "oracle.jsonl"), lines.join("\n") + "\n");
  const seconds = (performance.now() - started) / 1000;
  console.error(`oracle: TypeScript ${ts.version}, ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${withErrors} with parse errors, ${seconds.toFixed(1)} s`);
}

// The expected dump of one file: one outline entry or diagnostic per line, so a diff reads well.
export function expectedJson(fileName, text) {
  const sourceFile = parse(fileName, text);
  const outline = outlineOf(sourceFile).map(([k, s, e]) => `    ${JSON.stringify([outlineKinds[k], s, e])}`);
  const diagnostics = diagnosticsOf(sourceFile).map((d) => `    ${JSON.stringify(d)}`);
  const list = (items) => (items.length === 0 ? "[]" : `[\n${items.join(",\n")}\n  ]`);
  return `{\n  "typescript": ${JSON.stringify(ts.version)},\n  "scriptKind": ${JSON.stringify(ts.ScriptKind[sourceFile.scriptKind])},\n  "diagnostics": ${list(diagnostics)},\n  "outline": ${list(outline)}\n}\n`;
}

const sourcePattern = /^(.*?)(\.d\.ts|\.d\.mts|\.d\.cts|\.tsx|\.ts|\.mts|\.cts)$/;

function runFixtures(dir) {
  let count = 0;
  const seen = new Map();
  const visit = (folder) => {
    for (const dirent of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => ordinal(a.name, b.name))) {
      const full = path.join(folder, dirent.name);
      if (dirent.isDirectory()) {
        visit(full);
        continue;
      }
      const match = sourcePattern.exec(dirent.name);
      if (!match) continue;
      const expected = path.join(folder, `${match[1]}.expected.json`);
      if (seen.has(expected)) throw new Error(`${full} and ${seen.get(expected)} would share ${expected}: rename one`);
      seen.set(expected, full);
      fs.writeFileSync(expected, expectedJson(dirent.name, readSource(full)));
      count++;
    }
  };
  visit(dir);
  console.error(`oracle: wrote ${count} expected files under ${dir}`);
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === "corpus") {
    const out = rest[0] === "--out" && rest[1] ? rest[1] : path.join(here, ".cache");
    runCorpus(out);
  } else if (command === "list") {
    process.stdout.write(listCorpus().join("\n") + "\n");
  } else if (command === "file" && rest.length > 0) {
    for (const file of rest) process.stdout.write(expectedJson(path.basename(file), readSource(file)));
  } else if (command === "fixtures" && rest.length === 1) {
    runFixtures(rest[0]);
  } else {
    console.error("usage: node oracle.mjs corpus [--out DIR] | list | file PATH... | fixtures DIR");
    process.exitCode = 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
