// One API reference page: @redocly/cli's static Redoc build of a spec, with the Redoc bundle inlined
// and our template (its Content-Security-Policy keeps the page off the network).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const template = fileURLToPath(new URL('./redoc.hbs', import.meta.url));

// The installed CLI's own entry, run with this Node: no npx, no download, no shell.
const require = createRequire(import.meta.url);
const cliPackage = require.resolve('@redocly/cli/package.json');
const cli = join(dirname(cliPackage), (require(cliPackage) as { bin: { redocly: string } }).bin.redocly);

// Redoc 3.0.1 (in @redocly/cli 2.77) shows a sidebar logo from this CDN at view time, with no option
// to turn it off. The CSP would block it, but a blocked load is still an attempt and a console
// error: an empty data: URL fails to decode instead, and Redoc's onError then hides the image.
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

export async function buildApiReference(spec: string, output: string): Promise<void> {
  const args = [
    cli,
    'build-docs',
    spec,
    '--inlineBundle',
    '-t',
    template,
    '-o',
    output,
    '--config',
    join(root, 'redocly.yaml'),
  ];
  try {
    await run(process.execPath, args, {
      cwd: root,
      env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`redocly build-docs ${spec} failed:\n${stdout}${stderr}`, { cause: error });
  }
  const html = await readFile(output, 'utf8');
  await writeFile(output, html.replace(CDN_LOGO, 'data:,'));
}
