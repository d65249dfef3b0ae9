// Prints the Markdown tables of a run: time per project (first round and best of the rounds, wall
// clock and CPU = user + sys) with ESLint's time divided by Nestor's, then what each tool checked.
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
const rules = (findings) => Object.entries(findings).sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none';

console.log('| project | files | rounds | nestor wall | nestor CPU | ESLint wall | ESLint CPU | ESLint ÷ nestor (wall) | ESLint ÷ nestor (CPU) |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const check of checks) {
  const nestor = of('nestor', check.name);
  const eslint = of('eslint', check.name);
  const n1 = first(nestor);
  const e1 = first(eslint);
  console.log(`| ${check.name} | ${thousands(check.files)} | first | ${seconds(n1.wall)} | ${seconds(n1.cpu)} | ${seconds(e1.wall)} | ${seconds(e1.cpu)} | ${ratio(e1.wall, n1.wall)} | ${ratio(e1.cpu, n1.cpu)} |`);
  const [nw, nc, ew, ec] = [best(nestor, 'wall'), best(nestor, 'cpu'), best(eslint, 'wall'), best(eslint, 'cpu')];
  console.log(`| | | best of ${nestor.length} | ${seconds(nw)} | ${seconds(nc)} | ${seconds(ew)} | ${seconds(ec)} | ${ratio(ew, nw)} | ${ratio(ec, nc)} |`);
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
