// npm run test:identity: the credential-source suites (test/identity), which stand up fake STS, IAM
// and metadata services. Where the machine allows it (root, unshare, iproute2) they run in a fresh
// network namespace where only loopback exists, so not even a bug can reach 169.254.169.254,
// 100.100.100.200 or a real STS; everywhere, the suites' setup refuses non-loopback connections.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const vitest = createRequire(import.meta.url)
  .resolve('vitest/package.json')
  .replace(/package\.json$/, 'vitest.mjs');
const command = [
  process.execPath,
  vitest,
  'run',
  '--config',
  'test/vitest.identity.config.ts',
  ...process.argv.slice(2),
];

function canIsolate(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' });
  return probe.status === 0;
}

const isolated = canIsolate();
console.error(
  isolated
    ? 'test:identity: in a new network namespace (loopback only)'
    : 'test:identity: no network namespace here (needs root, unshare and ip); the network guard alone keeps the suites on loopback',
);
const result = isolated
  ? spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', ...command], { stdio: 'inherit' })
  : spawnSync(command[0] as string, command.slice(1), { stdio: 'inherit' });
process.exit(result.status ?? 1);
