// Prints the ESLint flat config for one project: typescript-eslint's parser with the project
// service (type information from the project's own tsconfig files) and the four rules only.
// Given the JSON report of a first run, the files that no tsconfig includes are listed in
// allowDefaultProject, so that they too are linted with type information.
//   node config.mjs PROJECT_DIR [FIRST_RUN_JSON]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const notInProject = /was not found by the project service/;

const [projectDir, firstRun] = process.argv.slice(2);
const outside = firstRun === undefined
  ? []
  : JSON.parse(readFileSync(firstRun, 'utf8'))
    .filter((result) => result.messages.some((message) => message.fatal && notInProject.test(message.message)))
    .map((result) => relative(projectDir, result.filePath).replace(/[*?[\]{}()!+@\\]/g, '\\$&'));

const projectService = outside.length === 0
  ? true
  : { allowDefaultProject: outside, maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: outside.length };

process.stdout.write(`import tseslint from 'typescript-eslint';

export default [
  tseslint.configs.base,
  {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    languageOptions: {
      parserOptions: {
        projectService: ${JSON.stringify(projectService)},
        tsconfigRootDir: ${JSON.stringify(projectDir)},
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-console': 'error',
    },
  },
];
`);
