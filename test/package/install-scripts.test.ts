// A fresh `npm ci` is quiet: every dependency's install script is decided in package.json's
// allowScripts (npm 11 skips the undecided ones and ends the install with a warning listing them).
// Both are denied: @scarf/scarf's postinstall (pulled in by Prism) only reports the install to its
// vendor, a call off this machine; esbuild's only checks the platform binary that its optional
// dependency (@esbuild/linux-x64 here) already installs, and would download one if it were missing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('npm finds no dependency whose install script is undecided', () => {
  const listed = execFileSync('npm', ['install-scripts', 'ls'], { encoding: 'utf8' });
  expect(listed.trim()).toBe('No packages with unreviewed install scripts.');
});

it('the decided scripts are denied, not allowed', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };
  expect(manifest.allowScripts).toEqual({ '@scarf/scarf': false, esbuild: false });
});
