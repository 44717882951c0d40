// Runs Electronegativity over one folder, offline, and writes its findings as JSON:
//   node tests/security/electronegativity-scan.cjs <input dir> <output.json>
// Why not its CLI: at every start the CLI downloads translations from S3 and one global check downloads Electron's
// release list from GitHub; offline (CI, this machine) each wait ends in a timeout, and a test must not depend on the
// network. So the translation loader is replaced by the bundled en-US strings and the release check is left out
// (Electron updates are a dependency matter, not something the code can show). Its API (dist/runner.js) also returns
// the files it could not parse, which the CLI only prints: a file the scanner cannot read is a file it did not check.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: electronegativity-scan.cjs <input dir> <output.json>');
  process.exit(2);
}

const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const dist = path.join(packageDir, 'dist');
const i18nPath = path.join(dist, 'locales', 'i18n.js');
const scanRequire = Module.createRequire(i18nPath);

function offlineI18n() {
  const i18n = scanRequire('i18n');
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.dirname(i18nPath),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: global,
  });
  i18n.setLocale('en-US');
  return Promise.resolve();
}
const stub = new Module(i18nPath);
stub.filename = i18nPath;
stub.loaded = true;
stub.exports = offlineI18n;
require.cache[i18nPath] = stub;

const run = require(path.join(dist, 'runner.js'));
const { version } = require(path.join(packageDir, 'package.json'));

run({
  input: path.resolve(input),
  customScan: [],
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  isRelative: true,
  parserPlugins: [],
})
  .then((result) => {
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file.split(path.sep).join('/'),
      line: issue.location.line,
      column: issue.location.column,
      sample: issue.sample ?? null,
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    }));
    const report = {
      scanner: `@doyensec/electronegativity ${version}`,
      checks: { atomic: result.atomicChecks, global: result.globalChecks },
      findings,
      errors: result.errors.map((e) => ({ file: path.relative(path.resolve(input), e.file).split(path.sep).join('/'), message: e.message, tolerable: e.tolerable })),
    };
    fs.writeFileSync(output, JSON.stringify(report, null, 2));
  })
  .catch((error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  });
