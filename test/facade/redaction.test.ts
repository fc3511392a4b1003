// The one place that masks secrets (src/core/redact.ts), on its own and through a client: a secret
// inside a longer one is masked whole, and the causes of a foreign error are masked as deep as they go.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConnectionError, HssClient } from 'imagesec';
import { Redactor } from '../../src/core/redact.js';
import { CANARY, expectNoSecrets, HSS_CANARY_CREDENTIALS } from '../helpers/canaries.js';

describe('Redactor', () => {
  it('masks a secret that contains another as a whole, leaving no piece of the longer one', () => {
    const redactor = new Redactor(['secret-123456', 'token-secret-123456-end']);
    expect(redactor.text('got token-secret-123456-end and secret-123456')).toBe('got *** and ***');
  });

  it('masks the causes of a foreign error, keeping their names and codes', () => {
    const redactor = new Redactor(['sk-0123456789']);
    const inner = Object.assign(new Error('auth with sk-0123456789 refused'), { code: 'ECONNRESET' });
    const copy = redactor.error(new TypeError('fetch failed for sk-0123456789', { cause: inner }));
    expect(copy).toMatchObject({ name: 'TypeError', message: 'fetch failed for ***' });
    expect(copy.cause).toMatchObject({ message: 'auth with *** refused', code: 'ECONNRESET' });
  });
});

describe('through a client', () => {
  it('a fetch that fails with a secret in a nested cause gives a ConnectionError that shows none', async () => {
    const fetch = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error(`proxy said ${CANARY.sk} and ${CANARY.securityToken}`), {
            code: 'ECONNRESET',
          }),
        }),
      );
    const client = new HssClient({
      region: 'cn-north-4',
      endpoint: 'http://127.0.0.1:9',
      projectId: 'p1',
      credentials: HSS_CANARY_CREDENTIALS,
      env: {},
      fetch,
      maxRetries: 0,
    });
    const error = await client.batchScanLocalImage().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe('ECONNRESET');
    expectNoSecrets(
      inspect(error, { depth: 10 }),
      String((error as Error).cause),
      ((error as Error).cause as Error | undefined)?.cause,
    );
  });
});
