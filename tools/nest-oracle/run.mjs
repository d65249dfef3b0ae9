// Compiles every case under cases/ with the TypeScript compiler API, boots the cases with Nest
// in two child processes and writes Nest's verdict on each to expected/<case>.json.
//   node run.mjs            write expected/*.json
//   node run.mjs --check    write nothing; exit 1 if any expected file would change
//   node run.mjs NAME...    only the named cases
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseNestError } from './parse-error.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(root, 'cases');
const expectedDir = path.join(root, 'expected');
const bootScript = path.join(root, 'boot.cjs');
const bootTimeoutMs = 60_000;
const parallelism = Math.max(1, Math.min(2, os.availableParallelism()));

const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  // NodeNext emits CommonJS here (package.json has no "type": "module"), so an import cycle
  // between files leaves an undefined binding, exactly as in a CommonJS Nest application.
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: [],
  rootDir: casesDir,
};

/** A mistake in how the oracle was called or in a case's layout: exit 2. */
class UsageError extends Error {}

function listCases(only) {
  const all = fs
    .readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const unknown = only.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`unknown case(s): ${unknown.join(', ')}`);
  }
  return only.length > 0 ? all.filter((name) => only.includes(name)) : all;
}

function sourceFiles(caseName) {
  const dir = path.join(casesDir, caseName);
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.ts'));
  if (!files.includes('app.module.ts')) {
    throw new UsageError(`case ${caseName} has no app.module.ts`);
  }
  return files.map((file) => path.join(dir, file));
}

// One program for all cases: one type check, and a case that does not compile stops the run,
// because the oracle must only record DI mistakes, never type errors.
function compile(cases, outDir) {
  const program = ts.createProgram(cases.flatMap(sourceFiles), { ...compilerOptions, outDir });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const emitted = program.emit();
  const all = [...diagnostics, ...emitted.diagnostics];
  if (all.length > 0) {
    const host = {
      getCanonicalFileName: (file) => file,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    };
    throw new Error(`cases do not compile:\n${ts.formatDiagnostics(all, host)}`);
  }
}

// Boots a batch of cases in one child process; returns their verdicts in the same order.
function bootBatch(caseDirs) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--no-warnings', bootScript, ...caseDirs],
      { timeout: bootTimeoutMs * caseDirs.length, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const reason = error.killed ? 'timed out' : `exit ${error.code}`;
          reject(new Error(`booting ${caseDirs.join(', ')} failed (${reason}):\n${stderr}`));
          return;
        }
        const byDir = new Map();
        for (const line of stdout.split('\n').filter((text) => text.startsWith('{'))) {
          const { caseDir, ...verdict } = JSON.parse(line);
          byDir.set(caseDir, verdict);
        }
        const missing = caseDirs.filter((dir) => !byDir.has(dir));
        if (missing.length > 0) {
          reject(new Error(`no verdict for ${missing.join(', ')}:\n${stdout}\n${stderr}`));
          return;
        }
        resolve(caseDirs.map((dir) => byDir.get(dir)));
      },
    );
  });
}

async function bootAll(caseDirs) {
  const batches = Array.from({ length: parallelism }, (_, batch) =>
    caseDirs.filter((_, index) => index % parallelism === batch),
  ).filter((batch) => batch.length > 0);
  const results = await Promise.all(batches.map(bootBatch));
  const byDir = new Map(batches.flatMap((batch, index) => batch.map((dir, at) => [dir, results[index][at]])));
  return caseDirs.map((dir) => byDir.get(dir));
}

function toExpected(verdict) {
  const expected = {
    boots: verdict.boots,
    error: verdict.message === null ? null : parseNestError(verdict.message),
    warnings: verdict.warnings.map(firstParagraph),
  };
  if (verdict.probe !== undefined) {
    expected.probe = verdict.probe;
  }
  return `${JSON.stringify(expected, null, 2)}\n`;
}

function firstParagraph(text) {
  return text.split(/\n\s*\n/)[0].trim();
}

function compareWithExpected(outputs, checkingAll) {
  const problems = [];
  for (const [name, text] of outputs) {
    const file = path.join(expectedDir, `${name}.json`);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === null) {
      problems.push(`expected/${name}.json is missing; it would be:\n${text}`);
    } else if (current !== text) {
      problems.push(`expected/${name}.json changed:\n--- recorded\n${current}+++ now\n${text}`);
    }
  }
  if (checkingAll && fs.existsSync(expectedDir)) {
    for (const file of fs.readdirSync(expectedDir).sort()) {
      if (file.endsWith('.json') && !outputs.has(file.slice(0, -'.json'.length))) {
        problems.push(`expected/${file} has no case`);
      }
    }
  }
  return problems;
}

async function main(argv) {
  const check = argv.includes('--check');
  const only = argv.filter((arg) => !arg.startsWith('--'));
  const started = performance.now();
  const cases = listCases(only);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-oracle-'));
  try {
    // The compiled cases live outside the repository but must resolve the same packages.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
    const outDir = path.join(workDir, 'out');
    compile(cases, outDir);
    const compiledMs = performance.now() - started;
    const verdicts = await bootAll(cases.map((name) => path.join(outDir, name)));
    const outputs = new Map(cases.map((name, index) => [name, toExpected(verdicts[index])]));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const booted = verdicts.filter((verdict) => verdict.boots).length;
    console.log(
      `${cases.length} case${cases.length === 1 ? '' : 's'}: ${booted} boot, ${cases.length - booted} fail; compiled in ${(compiledMs / 1000).toFixed(1)} s, total ${seconds} s`,
    );
    if (check) {
      const problems = compareWithExpected(outputs, only.length === 0);
      for (const problem of problems) {
        console.error(problem);
      }
      console.log(problems.length === 0 ? 'expected/ is up to date' : `${problems.length} expected file(s) differ`);
      return problems.length === 0 ? 0 : 1;
    }
    fs.mkdirSync(expectedDir, { recursive: true });
    for (const [name, text] of outputs) {
      fs.writeFileSync(path.join(expectedDir, `${name}.json`), text);
    }
    return 0;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = error instanceof UsageError ? 2 : 3;
  },
);
