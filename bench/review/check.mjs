// Checks that both tools looked at the same files and that ESLint linted every one of them with
// type information; prints one JSON line with the counts and the findings per rule of each tool.
//   node check.mjs NAME WORK_DIR   (WORK_DIR holds files.txt, nestor.json, eslint-check.json, eslint.json)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, work] = process.argv.slice(2);
const read = (file) => readFileSync(join(work, file), 'utf8');
const files = read('files.txt').split('\n').filter(Boolean);
const nestor = JSON.parse(read('nestor.json'));
const eslint = JSON.parse(read('eslint.json'));
const firstRun = JSON.parse(read('eslint-check.json'));

const notInProject = /was not found by the project service/;
const needsTypes = /parserOptions\.project|requires type information|project service/i;
const ignored = /^File ignored/;
const messages = (result) => result.messages;
const count = (items, key) => items.reduce((counts, item) => {
  const k = key(item);
  counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}, {});

const linted = eslint.filter((result) => !messages(result).some((m) => ignored.test(m.message)));
const typeErrors = eslint.filter((result) => messages(result).some((m) => m.fatal && needsTypes.test(m.message)));
const parseErrors = eslint.filter((result) => messages(result).some((m) => m.fatal && !needsTypes.test(m.message)));
const defaultProject = firstRun.filter((result) => messages(result).some((m) => m.fatal && notInProject.test(m.message)));
// A directive naming a rule that is not loaded (a plugin's) is reported under that rule's id; it is not a finding.
const unknownRule = /^Definition for rule .* was not found/;
const eslintFindings = count(eslint.flatMap(messages).filter((m) => !m.fatal && m.ruleId && !unknownRule.test(m.message)), (m) => m.ruleId);
const nestorFindings = count(nestor.diagnostics, (d) => d.name ?? d.id);

const check = {
  name,
  files: files.length,
  nestorFiles: nestor.summary.files,
  eslintResults: eslint.length,
  eslintLinted: linted.length,
  eslintTypeErrors: typeErrors.length,
  eslintParseErrors: parseErrors.length,
  eslintDefaultProject: defaultProject.length,
  nestorFindings,
  eslintFindings,
};
const problems = [];
if (check.nestorFiles !== check.files) problems.push(`nestor reviewed ${check.nestorFiles} files, not ${check.files}`);
if (check.eslintLinted !== check.files) problems.push(`ESLint linted ${check.eslintLinted} files, not ${check.files}`);
if (check.eslintTypeErrors > 0) problems.push(`ESLint had no type information for ${check.eslintTypeErrors} files`);
for (const problem of problems) console.error(`check.mjs: ${name}: ${problem}`);
check.problems = problems;
process.stdout.write(`${JSON.stringify(check)}\n`);
