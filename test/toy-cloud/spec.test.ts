// The toy spec under the repository's own lint rules (redocly.yaml, recommended-strict plus imagesec's
// rules), as `npm run lint` holds the shipped specs, whose `apis` list names only those.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { toyCloud } from './cloud.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const cliPackage = require.resolve('@redocly/cli/package.json');
const cli = join(dirname(cliPackage), (require(cliPackage) as { bin: { redocly: string } }).bin.redocly);

it('passes redocly lint with the repository’s rules', async () => {
  const { stdout, stderr } = await run(process.execPath, [cli, 'lint', fileURLToPath(toyCloud.spec)], {
    cwd: root,
    env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off' },
  });
  expect(`${stdout}${stderr}`).toContain('Your API description is valid');
});
