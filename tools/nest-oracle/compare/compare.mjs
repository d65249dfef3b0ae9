// Runs `nestor graph --format json` on every case under ../cases and checks that its verdict agrees
// with Nest's own boot, recorded in ../expected/<case>.json:
//   - a case that boots cleanly must get no error-severity problem;
//   - a case that fails must get an error naming the same failing provider, argument index and
//     missing dependency (for undefined-dependency errors, where Nest prints no name, the same
//     provider and index; for module-import cycles, a cycle that includes Nest's module).
// Usage: node compare.mjs --nestor "<command to run nestor>" [CASE...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const oracle = path.dirname(here);
const args = process.argv.slice(2);
const at = args.indexOf('--nestor');
if (at < 0 || at + 1 >= args.length) {
  console.error('usage: node compare.mjs --nestor "<command>" [CASE...]');
  process.exit(2);
}
const nestor = args[at + 1].split(' ').filter(Boolean);
const only = args.filter((_, i) => i !== at && i !== at + 1);

const cases = fs.readdirSync(path.join(oracle, 'cases'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && (only.length === 0 || only.includes(entry.name)))
  .map((entry) => entry.name)
  .sort();

function runGraph(caseName) {
  const result = spawnSync(nestor[0], [...nestor.slice(1), 'graph', path.join(oracle, 'cases', caseName), '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.status !== 1) {
    return { failure: `nestor exited with ${result.status}: ${(result.stderr || '').trim().split('\n')[0]}` };
  }
  try {
    return { graph: JSON.parse(result.stdout) };
  } catch (error) {
    return { failure: `nestor printed no JSON: ${error.message}` };
  }
}

const dependencyCodes = new Set(['NST3001', 'NST3005', 'NST3006', 'NST3008', 'NST3010']);

function matches(problem, error) {
  switch (error.kind) {
    case 'unknown-dependency':
      if (!dependencyCodes.has(problem.code)) return false;
      if (problem.code === 'NST3010') {
        // Which side of a provider cycle sees undefined depends on file load order: any member will do.
        return problem.message.includes(error.provider);
      }
      return problem.provider === error.provider
        && (error.index === null || problem.index === error.index)
        && (error.dependency === null || problem.dependency === error.dependency)
        && (error.module === null || problem.module === error.module);
    case 'unknown-property':
      return problem.code === 'NST3001' && problem.provider === error.provider && problem.dependency === error.dependency;
    case 'unknown-export':
      return problem.code === 'NST3002' && problem.module === error.module && problem.provider === error.provider;
    case 'undefined-module':
      return problem.code === 'NST3003' && problem.message.includes(error.module);
    default:
      return false;
  }
}

let failures = 0;
for (const caseName of cases) {
  const expected = JSON.parse(fs.readFileSync(path.join(oracle, 'expected', `${caseName}.json`), 'utf8'));
  const { graph, failure } = runGraph(caseName);
  let verdict = failure ?? null;
  if (!verdict) {
    const errors = graph.problems.filter((problem) => problem.severity === 'error');
    if (expected.boots && errors.length > 0) {
      verdict = `Nest boots, but graph reports ${errors.map((e) => `${e.code} ${e.message}`).join(' | ')}`;
    } else if (!expected.boots && !errors.some((problem) => matches(problem, expected.error))) {
      verdict = `Nest fails with ${expected.error.kind} (${expected.error.provider ?? '-'}, ${expected.error.dependency ?? '-'}, [${expected.error.index ?? '-'}], ${expected.error.module ?? '-'}), graph reports ${errors.length === 0 ? 'no error' : errors.map((e) => `${e.code} (${e.provider}, ${e.dependency}, [${e.index}], ${e.module})`).join(' | ')}`;
    }
  }
  if (verdict) {
    failures++;
    console.log(`FAIL ${caseName}: ${verdict}`);
  } else {
    console.log(`ok   ${caseName}`);
  }
}
console.log(`${cases.length - failures}/${cases.length} cases agree with Nest`);
process.exit(failures === 0 ? 0 : 1);
