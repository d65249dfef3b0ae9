// Prints, one per line and relative to the project's folder, the files `nestor parse --format json` read.
//   node files.mjs PARSE_JSON PROJECT_DIR
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const [parseJson, projectDir] = process.argv.slice(2);
const parsed = JSON.parse(readFileSync(parseJson, 'utf8'));
for (const file of parsed.files) {
  process.stdout.write(`${relative(projectDir, resolve(file.path))}\n`);
}
