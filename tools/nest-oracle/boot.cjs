'use strict';
// Boots compiled cases one after the other and prints Nest's verdict on each as one JSON line
// on stdout. Loading Nest once for several cases saves most of the run time; the cases stay
// independent because each has its own compiled files (no class is shared) and Nest keeps its
// state per application.
// Usage: node boot.cjs <folder holding a compiled app.module.js>...
require('reflect-metadata');
const fs = require('node:fs');
const path = require('node:path');
const { NestFactory } = require('@nestjs/core');

// A logger that prints nothing (like `logger: false`) but keeps Nest's warnings,
// because some mistakes (missing decorator metadata) only ever produce a warning.
function collectingLogger(warnings) {
  const ignore = () => undefined;
  return {
    log: ignore,
    error: ignore,
    fatal: ignore,
    debug: ignore,
    verbose: ignore,
    warn: (message) => warnings.push(String(message)),
  };
}

async function boot(caseDir) {
  const { AppModule } = require(path.join(caseDir, 'app.module.js'));
  const warnings = [];
  let app;
  try {
    app = await NestFactory.createApplicationContext(AppModule, {
      logger: collectingLogger(warnings),
      abortOnError: false,
    });
  } catch (error) {
    return { boots: false, message: error instanceof Error ? error.message : String(error), warnings };
  }
  try {
    const probePath = path.join(caseDir, 'probe.js');
    const result = { boots: true, message: null, warnings };
    if (fs.existsSync(probePath)) {
      result.probe = require(probePath).probe(app);
    }
    return result;
  } finally {
    await app.close();
  }
}

async function main(caseDirs) {
  for (const caseDir of caseDirs) {
    const result = await boot(caseDir);
    process.stdout.write(`${JSON.stringify({ caseDir, ...result })}\n`);
  }
}

main(process.argv.slice(2).map((dir) => path.resolve(dir))).then(
  () => {
    // A case may leave timers behind (that can be the finding); the verdicts are written.
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`boot failed outside Nest: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(3);
  },
);
