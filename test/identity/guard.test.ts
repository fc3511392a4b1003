// The suites' own safety net: a connection to a non-loopback address is refused inside the process
// (and, in the network namespace, would find no route anyway). Loopback still works.
import { describe, expect, it } from 'vitest';
import { clearRefusals, refusedConnections } from './network-guard.js';
import { useFakeCloud } from './fake-cloud.js';

const fake = useFakeCloud();

describe('network guard', () => {
  it.each([
    'http://169.254.169.254/openstack/latest/securitykey',
    'http://100.100.100.200/latest/api/token',
    'https://sts.aliyuncs.com/',
  ])('refuses %s before it leaves the process', async (url) => {
    await expect(fetch(url, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
    expect(refusedConnections()).not.toEqual([]);
    clearRefusals();
  });

  it('lets loopback through', async () => {
    fake.route(() => ({ body: 'ok' }));
    expect(await (await fetch(`${fake.url}/`)).text()).toBe('ok');
  });
});
