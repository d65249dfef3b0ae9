// Prints the Markdown tables of a run: time per project and build of Nestor (first round, best and median of the
// rounds, wall clock and CPU = user + sys) with ESLint's time divided by Nestor's, then what each tool checked.
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

// One row per build of Nestor and pick of the rounds; the ratios are ESLint's time over Nestor's, each column taken on its
// own (the best ESLint wall next to the best Nestor wall, and so on).
const builds = [['nestor', 'plain'], ['nestor-precompiled', 'precompiled'], ['nestor-native', 'native']];
console.log('| project | files | build | rounds | nestor wall | nestor CPU | ESLint wall | ESLint CPU | ÷ (wall) | ÷ (CPU) |');
console.log('| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const check of checks) {
  const eslint = of('eslint', check.name);
  let firstRow = true;
  for (const [tool, label] of builds) {
    const nestor = of(tool, check.name);
    if (nestor.length === 0) continue;
    const picks = [
      ['first', (list, key) => first(list)[key]],
      [`best of ${nestor.length}`, best],
      [`median of ${nestor.length}`, median],
    ];
    for (const [pickLabel, pick] of picks) {
      const [nw, nc, ew, ec] = [pick(nestor, 'wall'), pick(nestor, 'cpu'), pick(eslint, 'wall'), pick(eslint, 'cpu')];
      const lead = firstRow ? `${check.name} | ${thousands(check.files)}` : ' | ';
      console.log(`| ${lead} | ${pickLabel === 'first' ? label : ''} | ${pickLabel} | ${seconds(nw)} | ${seconds(nc)} | ${seconds(ew)} | ${seconds(ec)} | ${ratio(ew, nw)} | ${ratio(ec, nc)} |`);
      firstRow = false;
    }
  }
}

console.log('');
console.log('| project | files nestor reviewed | files ESLint linted with types | of which in the default project | ESLint parse errors | peak memory nestor (plain / native) / ESLint | nestor findings | ESLint findings |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const check of checks) {
  const rss = (tool) => `${thousands(Math.round(Math.max(...of(tool, check.name).map((run) => run.rss)) / 1024))} MB`;
  console.log(`| ${check.name} | ${thousands(check.nestorFiles)} | ${thousands(check.eslintLinted - check.eslintTypeErrors)} | ${thousands(check.eslintDefaultProject)} | ${check.eslintParseErrors} | ${rss('nestor')} / ${rss('nestor-native')} / ${rss('eslint')} | ${rules(check.nestorFindings)} | ${rules(check.eslintFindings)} |`);
}

const problems = checks.flatMap((check) => check.problems.map((problem) => `${check.name}: ${problem}`));
if (problems.length > 0) {
  console.log('');
  for (const problem of problems) console.log(`- check failed: ${problem}`);
  process.exitCode = 1;
}
