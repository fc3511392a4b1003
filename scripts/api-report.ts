// npm run api:report: the public API of each package entry, read by API Extractor from the built
// declarations (dist/types), compared with its reviewed report in api/; a difference fails with the
// diff. `--update` rewrites the reports instead. npm run api:check and api:update build first; npm
// test runs this after check:package, whose packing just built dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { reviewedReport } from './api-report/reviewed.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { update: { type: 'boolean', default: false } } });

/** One API Extractor config per entry in package.json "exports", named as its report. */
const ENTRIES = ['imagesec', 'imagesec-credentials', 'imagesec-opentelemetry', 'imagesec-testing'];

const started = performance.now();
const configs = ENTRIES.map((name) => ExtractorConfig.loadFileAndPrepare(join(root, 'api-extractor', `${name}.json`)));
for (const config of configs) {
  if (!existsSync(config.mainEntryPointFilePath)) {
    console.error(`api:report: ${relative(root, config.mainEntryPointFilePath)} is missing: npm run build first`);
    process.exit(1);
  }
}
// One compilation of the declarations serves every entry.
const compilerState = CompilerState.create(configs[0]!, {
  additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath),
});

const changed: string[] = [];
let failed = false;
for (const config of configs) {
  const result = Extractor.invoke(config, {
    compilerState,
    messageCallback: (message) => {
      // Errors and warnings are printed as API Extractor words them; its notes on itself are not.
      if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose) {
        message.handled = true;
      }
    },
  });
  if (!result.succeeded) {
    console.error(`api:report: API Extractor failed on ${relative(root, config.mainEntryPointFilePath)}`);
    failed = true;
    continue;
  }
  const name = config.reportConfigs[0]!.fileName;
  const generated = join(config.reportTempFolder, name);
  const reviewed = join(root, 'api', name);
  const text = reviewedReport(readFileSync(generated, 'utf8'));
  writeFileSync(generated, text);
  if (existsSync(reviewed) && readFileSync(reviewed, 'utf8') === text) continue;
  changed.push(relative(root, reviewed));
  if (values.update) {
    writeFileSync(reviewed, text);
  } else {
    const paths = [reviewed, generated].map((path) => relative(root, path));
    const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '--', ...paths], {
      cwd: root,
      encoding: 'utf8',
    });
    console.error(diff.stdout || `(no diff: ${relative(root, reviewed)} is missing)`);
    failed = true;
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (values.update) {
  console.log(
    changed.length > 0
      ? `api:update: rewrote ${changed.join(', ')} (${seconds}s): review the diff and add a CHANGELOG.md line`
      : `api:update: the API reports were up to date (${seconds}s)`,
  );
} else if (changed.length > 0) {
  console.error(
    `api:check: the public API differs from ${changed.join(', ')} (diff above: - reviewed, + built). ` +
      'If the change is meant: npm run api:update, review and commit the reports, and add a CHANGELOG.md line.',
  );
} else if (!failed) {
  console.log(`api:check: ${ENTRIES.length} API reports match api/ (${seconds}s)`);
}
process.exit(failed ? 1 : 0);
