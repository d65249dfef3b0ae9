// Prints the Markdown tables of a run: time per project (first round and best of the rounds, wall
// clock and CPU = user + sys) with ESLint's time divided by Nestor's (plain and precompiled builds),
// then what each tool checked.
//   node table.mjs TIMES_TSV CHECKS_JSONL
import { readFileSync } from 'node:fs';

const [timesFile, checksFile] = process.argv.slice(2);
const [header, ...lines] = readFileSync(timesFile, 'utf8').trim().split('\n');
const columns = header.split('\t');
const runs = lines.map((line) => Object.fromEntries(line.split('\t').map((value, i) => [columns[i], value])))
  .map((run) => ({ ...run, round: Number(run.round), wall: Number(run.wall), cpu: Number(run.user) + Number(run.sys), rss: Number(run.maxrss_kb) }));
const checks = readFileSync(checksFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

const seconds = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} s`;
const ratio = (eslint, nestor) => `${(eslint / nestor).toFixed(1)}×`;
const thousands = (value) => value.toLocaleString('en-US');
const of = (tool, name) => runs.filter((run) => run.tool === tool && run.project === name);
const first = (list) => list.reduce((a, b) => (a.round <= b.round ? a : b));
const best = (list, key) => Math.min(...list.map((run) => run[key]));
const median = (list, key) => {
  const sorted = list.map((run) => run[key]).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const rules = (findings) => Object.entries(findings).sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none';

// Nestor twice: the plain build and the precompiled one the tool package ships; the ratios are ESLint's time over each.
console.log('| project | files | rounds | ESLint wall | ESLint CPU | nestor wall | nestor CPU | ÷ (wall) | ÷ (CPU) | precompiled wall | precompiled CPU | ÷ (wall) | ÷ (CPU) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const check of checks) {
  const eslint = of('eslint', check.name);
  const builds = ['nestor', 'nestor-precompiled'].map((tool) => of(tool, check.name)).filter((list) => list.length > 0);
  const e1 = first(eslint);
  const firstCells = builds.map((list) => first(list)).map((n) => `${seconds(n.wall)} | ${seconds(n.cpu)} | ${ratio(e1.wall, n.wall)} | ${ratio(e1.cpu, n.cpu)}`);
  console.log(`| ${check.name} | ${thousands(check.files)} | first | ${seconds(e1.wall)} | ${seconds(e1.cpu)} | ${firstCells.join(' | ')} |`);
  // Each column on its own: the best and the median of the rounds.
  for (const [label, pick] of [[`best of ${eslint.length}`, best], [`median of ${eslint.length}`, median]]) {
    const [ew, ec] = [pick(eslint, 'wall'), pick(eslint, 'cpu')];
    const cells = builds.map((list) => [pick(list, 'wall'), pick(list, 'cpu')]).map(([nw, nc]) => `${seconds(nw)} | ${seconds(nc)} | ${ratio(ew, nw)} | ${ratio(ec, nc)}`);
    console.log(`| | | ${label} | ${seconds(ew)} | ${seconds(ec)} | ${cells.join(' | ')} |`);
  }
}

console.log('');
console.log('| project | files nestor reviewed | files ESLint linted with types | of which in the default project | ESLint parse errors | peak memory nestor / ESLint | nestor findings | ESLint findings |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const check of checks) {
  const rss = (tool) => `${thousands(Math.round(Math.max(...of(tool, check.name).map((run) => run.rss)) / 1024))} MB`;
  console.log(`| ${check.name} | ${thousands(check.nestorFiles)} | ${thousands(check.eslintLinted - check.eslintTypeErrors)} | ${thousands(check.eslintDefaultProject)} | ${check.eslintParseErrors} | ${rss('nestor')} / ${rss('eslint')} | ${rules(check.nestorFindings)} | ${rules(check.eslintFindings)} |`);
}

const problems = checks.flatMap((check) => check.problems.map((problem) => `${check.name}: ${problem}`));
if (problems.length > 0) {
  console.log('');
  for (const problem of problems) console.log(`- check failed: ${problem}`);
  process.exitCode = 1;
}
