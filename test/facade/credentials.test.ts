// Where the clients take their credentials from (explicit option → provider → default chain), what
// they say when credentials are missing or half-given, and how a credential provider is cached.
// Which credentials a call really used is read off the requests the capture server received.
import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import {
  ConfigurationError,
  CredentialsError,
  HssClient,
  SasClient,
  type HssClientOptions,
  type HssCredentialProvider,
  type SasClientOptions,
  type SasCredentialProvider,
} from 'imagesec';
import { cachedProvider } from '../../src/core/identity/refresh.js';
import { useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { constructionError, rejection } from '../helpers/outcomes.js';

const server = useCaptureServer();

const PROJECT_ID = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const MINUTE = 60_000;

// Distinctive values that must never show up in an error message.
const CANARY = {
  id: 'CANARYKEYID7f3e9a1c5b',
  secret: 'CANARYSECRET2d8b4f6a0e',
  token: 'CANARYTOKEN9c1e7b3d5f',
  authToken: 'CANARYAUTHTOKEN4a6c8e0b2d',
  providerMessage: 'CANARYPROVIDERMSG1b3d5f7a9c',
} as const;
const CANARIES = Object.values(CANARY);

/** Every form in which an error may reach a log, checked for every canary. */
function expectNoCanary(error: unknown): void {
  const views = [String(error), JSON.stringify(error), inspect(error, { depth: 10 })];
  if (error instanceof Error) views.push(error.message);
  for (const view of views) for (const canary of CANARIES) expect(view).not.toContain(canary);
}

/** The message says `name` is missing (and not merely that it is set). */
function expectMissing(message: string, ...names: string[]): void {
  const [missingPart = ''] = message.split(/\bmissing\b/);
  for (const name of names) expect(missingPart).toMatch(new RegExp(`\\b${name}\\b`));
}

/** Everything the tests need to treat both clouds alike. */
interface Vendor {
  readonly name: string;
  /** Option field names of the credentials object. */
  readonly fields: { readonly id: string; readonly secret: string; readonly token: string };
  /** Environment variable names. */
  readonly env: { readonly id: string; readonly secret: string; readonly token: string };
  /** A client pointed at the capture server; `credentials` and the provider are passed unchecked. */
  client(options: {
    env?: Record<string, string>;
    credentials?: unknown;
    credentialProvider?: () => Promise<unknown>;
  }): {
    call(): Promise<unknown>;
  };
  /** The access key id a request was signed with. */
  keyId(request: CapturedRequest): string | undefined;
  /** The security token a request carried. */
  token(request: CapturedRequest): string | undefined;
}

const hssVendor: Vendor = {
  name: 'HssClient',
  fields: { id: 'ak', secret: 'sk', token: 'securityToken' },
  env: { id: 'HUAWEICLOUD_SDK_AK', secret: 'HUAWEICLOUD_SDK_SK', token: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' },
  client(options) {
    const client = new HssClient({
      region: 'cn-north-4',
      endpoint: server.url,
      projectId: PROJECT_ID,
      env: options.env ?? {},
      credentials: options.credentials as HssClientOptions['credentials'],
      credentialProvider: options.credentialProvider as HssCredentialProvider | undefined,
    });
    return { call: () => client.batchScanLocalImage() };
  },
  keyId: (request) => /\bAccess=([^,\s]+)/.exec(request.headers.authorization ?? '')?.[1],
  token: (request) => request.headers['x-security-token'],
};

const sasVendor: Vendor = {
  name: 'SasClient',
  fields: { id: 'accessKeyId', secret: 'accessKeySecret', token: 'securityToken' },
  env: {
    id: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    secret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    token: 'ALIBABA_CLOUD_SECURITY_TOKEN',
  },
  client(options) {
    const client = new SasClient({
      endpoint: server.url,
      env: options.env ?? {},
      credentials: options.credentials as SasClientOptions['credentials'],
      credentialProvider: options.credentialProvider as SasCredentialProvider | undefined,
    });
    return { call: () => client.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' }) };
  },
  keyId: (request) => /\bCredential=([^,\s]+)/.exec(request.headers.authorization ?? '')?.[1],
  token: (request) => request.headers['x-acs-security-token'],
};

/** `{ [names.id]: id, ... }` for the values given. */
function named(names: Vendor['fields'], id?: string, secret?: string, token?: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (id !== undefined) out[names.id] = id;
  if (secret !== undefined) out[names.secret] = secret;
  if (token !== undefined) out[names.token] = token;
  return out;
}

/** A credentials object in the vendor's field names. */
const creds = (v: Vendor, id?: string, secret?: string, token?: string) => named(v.fields, id, secret, token);

/** Environment variables in the vendor's names. */
const envOf = (v: Vendor, id?: string, secret?: string, token?: string) => named(v.env, id, secret, token);

function lastRequest(): CapturedRequest {
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error('no request arrived');
  return request;
}

describe.each([hssVendor, sasVendor])('$name credential chain', (v) => {
  it('explicit credentials win over the environment and the provider', async () => {
    const provider = vi.fn(() => Promise.resolve(creds(v, 'PROVIDERKEY', 'provider-secret')));
    const client = v.client({
      credentials: creds(v, 'EXPLICITKEY', 'explicit-secret'),
      env: envOf(v, 'ENVKEY', 'env-secret'),
      credentialProvider: provider,
    });
    await client.call();
    expect(v.keyId(lastRequest())).toBe('EXPLICITKEY');
    expect(provider).not.toHaveBeenCalled();
  });

  it('a credentialProvider wins over the environment (the code asked for it), which is then not read', async () => {
    const provider = vi.fn(() => Promise.resolve(creds(v, 'PROVIDERKEY', 'provider-secret')));
    const client = v.client({ env: envOf(v, CANARY.id, '', 'env-session-token'), credentialProvider: provider });
    await client.call();
    await client.call();
    expect(v.keyId(lastRequest())).toBe('PROVIDERKEY');
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('the environment supplies the credentials when neither option is given', async () => {
    await v.client({ env: envOf(v, 'ENVKEY', 'env-secret', 'env-session-token') }).call();
    expect(v.keyId(lastRequest())).toBe('ENVKEY');
    expect(v.token(lastRequest())).toBe('env-session-token');
  });

  it('the security token of explicit credentials is sent; none is sent without one', async () => {
    await v.client({ credentials: creds(v, 'EXPLICITKEY', 'explicit-secret', 'explicit-session-token') }).call();
    expect(v.token(lastRequest())).toBe('explicit-session-token');
    await v.client({ credentials: creds(v, 'EXPLICITKEY', 'explicit-secret') }).call();
    expect(v.token(lastRequest())).toBeUndefined();
  });

  it('blank environment variables count as unset', () => {
    const error = constructionError(() => v.client({ env: envOf(v, '', '   ', '\t') }));
    expect(error.message).toMatch(/^no (HSS|SAS) credentials/);
  });

  it('environment values are used without surrounding blanks', async () => {
    await v.client({ env: envOf(v, '  ENVKEY\n', ' env-secret ') }).call();
    expect(v.keyId(lastRequest())).toBe('ENVKEY');
  });

  describe('half-given credentials fail at construction, naming what is missing and no secret', () => {
    const optionCases: Array<[string, (v: Vendor) => Record<string, string>, (v: Vendor) => string[]]> = [
      ['key id without secret', (v) => creds(v, CANARY.id), (v) => [v.fields.secret]],
      ['secret without key id', (v) => creds(v, undefined, CANARY.secret), (v) => [v.fields.id]],
      [
        'security token alone',
        (v) => creds(v, undefined, undefined, CANARY.token),
        (v) => [v.fields.id, v.fields.secret],
      ],
      [
        'key id and token without secret',
        (v) => creds(v, CANARY.id, undefined, CANARY.token),
        (v) => [v.fields.secret],
      ],
      [
        'secret and token without key id',
        (v) => creds(v, undefined, CANARY.secret, CANARY.token),
        (v) => [v.fields.id],
      ],
      ['empty secret', (v) => creds(v, CANARY.id, ''), (v) => [v.fields.secret]],
      ['blank secret', (v) => creds(v, CANARY.id, '  \t'), (v) => [v.fields.secret]],
      ['blank key id', (v) => creds(v, ' ', CANARY.secret), (v) => [v.fields.id]],
    ];
    it.each(optionCases)('options: %s', (_label, given, missing) => {
      const error = constructionError(() => v.client({ credentials: given(v) }));
      expectMissing(error.message, ...missing(v));
      expect(error.message).toContain('options.credentials');
      expectNoCanary(error);
      expect(server.requests).toHaveLength(0);
    });

    const envCases: Array<[string, (v: Vendor) => Record<string, string>, (v: Vendor) => string[]]> = [
      ['key id without secret', (v) => envOf(v, CANARY.id), (v) => [v.env.secret]],
      ['secret without key id', (v) => envOf(v, undefined, CANARY.secret), (v) => [v.env.id]],
      ['security token alone', (v) => envOf(v, undefined, undefined, CANARY.token), (v) => [v.env.id, v.env.secret]],
      ['blank secret', (v) => envOf(v, CANARY.id, '   '), (v) => [v.env.secret]],
      ['empty key id', (v) => envOf(v, '', CANARY.secret, CANARY.token), (v) => [v.env.id]],
    ];
    it.each(envCases)('environment: %s', (_label, env, missing) => {
      // A half-given environment is a mistake to report, not a reason to go on down the chain.
      const error = constructionError(() => v.client({ env: env(v) }));
      expectMissing(error.message, ...missing(v));
      expectNoCanary(error);
    });
  });

  it('with no credentials anywhere, construction fails naming the environment variables', () => {
    const error = constructionError(() => v.client({}));
    expect(error.message).toContain(v.env.id);
    expect(error.message).toContain(v.env.secret);
    expect(error.message).toContain('credentialProvider');
  });

  describe('credential provider', () => {
    it('is called lazily: not at construction, once on the first call', async () => {
      const provider = vi.fn(() =>
        Promise.resolve(creds(v, 'PROVIDERKEY', 'provider-secret', 'provider-session-token')),
      );
      const client = v.client({ credentialProvider: provider });
      expect(provider).not.toHaveBeenCalled();
      await client.call();
      expect(provider).toHaveBeenCalledTimes(1);
      expect(v.keyId(lastRequest())).toBe('PROVIDERKEY');
      expect(v.token(lastRequest())).toBe('provider-session-token');
    });

    // Each provider call hands out a new key id, so the requests show which result was used.
    function numberedProvider(expiresAt: () => Date | undefined) {
      let n = 0;
      return vi.fn(() => {
        n += 1;
        const at = expiresAt();
        return Promise.resolve({
          ...creds(v, `PROVIDERKEY${n}`, `provider-secret-${n}`),
          ...(at === undefined ? {} : { expiresAt: at }),
        });
      });
    }

    it.each([
      ['without expiresAt', () => undefined],
      ['expiring in an hour', () => new Date(Date.now() + 60 * MINUTE)],
      // Just outside the 5-minute refresh margin (30 s of slack for a slow test run).
      ['expiring in 5.5 minutes', () => new Date(Date.now() + 5.5 * MINUTE)],
    ])('caches a result %s', async (_label, expiresAt) => {
      const provider = numberedProvider(expiresAt);
      const client = v.client({ credentialProvider: provider });
      await client.call();
      await client.call();
      await client.call();
      expect(provider).toHaveBeenCalledTimes(1);
      expect(server.requests.map((r) => v.keyId(r))).toEqual(['PROVIDERKEY1', 'PROVIDERKEY1', 'PROVIDERKEY1']);
    });

    it.each([['already expired', () => new Date(Date.now() - MINUTE)]])(
      'asks again on every call when the result is %s',
      async (_label, expiresAt) => {
        const provider = numberedProvider(expiresAt);
        const client = v.client({ credentialProvider: provider });
        await client.call();
        await client.call();
        expect(provider).toHaveBeenCalledTimes(2);
        expect(server.requests.map((r) => v.keyId(r))).toEqual(['PROVIDERKEY1', 'PROVIDERKEY2']);
      },
    );

    it('concurrent calls share one provider call', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let n = 0;
      // Results already due for refresh: only the in-flight sharing can keep this at one call.
      const provider = vi.fn(async () => {
        n += 1;
        await gate;
        return { ...creds(v, `PROVIDERKEY${n}`, 'provider-secret'), expiresAt: new Date(Date.now() - MINUTE) };
      });
      const client = v.client({ credentialProvider: provider });
      const calls = [client.call(), client.call(), client.call()];
      release();
      await Promise.all(calls);
      expect(provider).toHaveBeenCalledTimes(1);
      expect(server.requests.map((r) => v.keyId(r))).toEqual(['PROVIDERKEY1', 'PROVIDERKEY1', 'PROVIDERKEY1']);
      // Once that call has settled, the next one asks again.
      await client.call();
      expect(provider).toHaveBeenCalledTimes(2);
    });

    it('short-lived credentials (4.5 min) are kept for half their lifetime, not fetched per request', async () => {
      const provider = numberedProvider(() => new Date(Date.now() + 4.5 * MINUTE));
      const client = v.client({ credentialProvider: provider });
      await client.call();
      await client.call();
      expect(provider).toHaveBeenCalledTimes(1);
    });

    it('a failing provider is a CredentialsError keeping only a short code (ECONNRESET)', async () => {
      const client = v.client({
        credentialProvider: () =>
          Promise.reject(Object.assign(new Error(`reset ${CANARY.providerMessage}`), { code: 'ECONNRESET' })),
      });
      const error = await rejection(client.call());
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error).toMatchObject({ code: 'ECONNRESET' });
      expectNoCanary(error);
    });

    it('a throwing provider gives a CredentialsError without its message; the failure is not cached', async () => {
      let fail = true;
      const provider = vi.fn(() => {
        if (fail)
          return Promise.reject(new Error(`cannot reach the vault with ${CANARY.providerMessage} ${CANARY.secret}`));
        return Promise.resolve(creds(v, 'PROVIDERKEY', 'provider-secret'));
      });
      const client = v.client({ credentialProvider: provider });
      const error = await rejection(client.call());
      expect(error).toBeInstanceOf(CredentialsError);
      const message = (error as Error).message;
      expect(message).not.toContain(CANARY.providerMessage);
      expect(message).not.toContain(CANARY.secret);
      expect(String(error)).not.toContain(CANARY.providerMessage);
      expect(JSON.stringify(error)).not.toContain(CANARY.providerMessage);
      expect(server.requests).toHaveLength(0);

      fail = false;
      await client.call();
      expect(provider).toHaveBeenCalledTimes(2);
      expect(v.keyId(lastRequest())).toBe('PROVIDERKEY');
    });

    it('a provider throwing a non-Error is reported without its value', async () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the non-Error is what is tested
      const client = v.client({ credentialProvider: () => Promise.reject(`${CANARY.providerMessage}`) });
      const error = await rejection(client.call());
      expect(error).toBeInstanceOf(CredentialsError);
      expect((error as Error).message).not.toContain(CANARY.providerMessage);
      expect(String(error)).not.toContain(CANARY.providerMessage);
      expect(JSON.stringify(error)).not.toContain(CANARY.providerMessage);
    });

    // The provider's message is kept off `message` because it "may quote what it handled", but
    // util.inspect (console.error, most loggers) also prints the cause chain: it must not come back
    // that way.
    it.each([
      ['an Error', () => new Error(`vault said: ${CANARY.providerMessage}`)],
      ['a string', () => `vault said: ${CANARY.providerMessage}`],
    ])('the message of a provider throwing %s does not reach logs through the cause chain', async (_label, thrown) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- one case is a string on purpose
      const client = v.client({ credentialProvider: () => Promise.reject(thrown()) });
      const error = await rejection(client.call());
      expect(error).toBeInstanceOf(CredentialsError);
      expectNoCanary(error);
    });

    const invalidResults: Array<[string, (v: Vendor) => unknown, (v: Vendor) => string[]]> = [
      ['a key id without secret', (v) => creds(v, CANARY.id), (v) => [v.fields.secret]],
      ['a secret without key id', (v) => creds(v, undefined, CANARY.secret), (v) => [v.fields.id]],
      ['a token alone', (v) => creds(v, undefined, undefined, CANARY.token), (v) => [v.fields.id, v.fields.secret]],
      [
        'a blank secret',
        (v) => ({ ...creds(v, CANARY.id, ' '), expiresAt: new Date(Date.now() + 60 * MINUTE) }),
        (v) => [v.fields.secret],
      ],
      ['an empty object', () => ({}), (v) => [v.fields.id]],
      ['null', () => null, (v) => [v.fields.id]],
    ];
    it.each(invalidResults)(
      'an invalid result (%s) is a ConfigurationError naming what is missing',
      async (_l, result, missing) => {
        const client = v.client({ credentialProvider: () => Promise.resolve(result(v)) });
        const error = await rejection(client.call());
        expect(error).toBeInstanceOf(ConfigurationError);
        const message = (error as Error).message;
        expect(message).toContain('credentialProvider');
        for (const name of missing(v)) expect(message).toMatch(new RegExp(`\\b${name}\\b`));
        expectNoCanary(error);
        expect(server.requests).toHaveLength(0);
      },
    );
  });
});

describe('HssClient specifics', () => {
  function hss(options: Partial<HssClientOptions>): HssClient {
    return new HssClient({ region: 'cn-north-4', endpoint: server.url, projectId: PROJECT_ID, env: {}, ...options });
  }

  it('an IAM token is sent as X-Auth-Token, without signature or X-Project-Id', async () => {
    await hss({ credentials: { authToken: 'iam-token-value' } }).batchScanLocalImage();
    const request = lastRequest();
    expect(request.headers['x-auth-token']).toBe('iam-token-value');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-project-id']).toBeUndefined();
  });

  it('a provider may return an IAM token', async () => {
    await hss({ credentialProvider: () => Promise.resolve({ authToken: 'provided-iam-token' }) }).batchScanLocalImage();
    expect(lastRequest().headers['x-auth-token']).toBe('provided-iam-token');
  });

  it.each([
    ['authToken with ak', { authToken: CANARY.authToken, ak: CANARY.id }],
    ['authToken with sk', { authToken: CANARY.authToken, sk: CANARY.secret }],
    ['authToken with ak and sk', { authToken: CANARY.authToken, ak: CANARY.id, sk: CANARY.secret }],
  ])('%s is refused, naming both kinds and no value', (_label, credentials) => {
    const error = constructionError(() => hss({ credentials: credentials }));
    expect(error.message).toMatch(/\bauthToken\b/);
    expect(error.message).toMatch(/\bak\b/);
    expectNoCanary(error);
  });

  it('authToken with ak from a provider is refused at the call', async () => {
    const client = hss({
      credentialProvider: () => Promise.resolve({ authToken: CANARY.authToken, ak: CANARY.id }),
    });
    const error = await rejection(client.batchScanLocalImage());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/\bauthToken\b/);
    expectNoCanary(error);
  });

  it.each([
    ['an empty object', {}],
    ['blank strings', { ak: '', sk: ' ', authToken: '\n' }],
  ])('explicit credentials with %s are refused, naming ak/sk and authToken', (_label, credentials) => {
    const error = constructionError(() =>
      hss({ credentials: credentials as unknown as HssClientOptions['credentials'] }),
    );
    expect(error.message).toMatch(/\bak\b/);
    expect(error.message).toMatch(/\bauthToken\b/);
  });

  it('the project id comes from the option, else HUAWEICLOUD_SDK_PROJECT_ID', async () => {
    const fromEnv = new HssClient({
      region: 'cn-north-4',
      endpoint: server.url,
      env: { HUAWEICLOUD_SDK_PROJECT_ID: 'project-from-env' },
      credentials: { ak: 'SOMEKEY', sk: 'some-secret' },
    });
    expect(fromEnv.projectId).toBe('project-from-env');
    await fromEnv.batchScanLocalImage();
    expect(lastRequest().target).toMatch(/^\/v5\/project-from-env\//);

    const both = hss({
      projectId: 'project-option',
      env: { HUAWEICLOUD_SDK_PROJECT_ID: 'project-from-env' },
      credentials: { ak: 'SOMEKEY', sk: 'some-secret' },
    });
    expect(both.projectId).toBe('project-option');
  });

  // With a region, a missing project id is looked up in IAM (identity suites); without one it cannot be.
  it.each([
    ['absent', {}],
    ['blank in the environment', { env: { HUAWEICLOUD_SDK_PROJECT_ID: '  ' } }],
    ['an empty option', { projectId: '' }],
  ])('no project id (%s) and no region is a ConfigurationError naming HUAWEICLOUD_SDK_PROJECT_ID', (_label, extra) => {
    const error = constructionError(
      () =>
        new HssClient({
          endpoint: server.url,
          env: {},
          credentials: { ak: 'SOMEKEY', sk: 'some-secret' },
          ...extra,
        }),
    );
    expect(error.message).toContain('HUAWEICLOUD_SDK_PROJECT_ID');
  });

  // Blank credentials count as unset; a blank project id should too, rather than become the path
  // segment `/v5/%20%20/...`.
  it('a blank projectId option without a region is a ConfigurationError naming HUAWEICLOUD_SDK_PROJECT_ID', () => {
    const error = constructionError(
      () =>
        new HssClient({
          endpoint: server.url,
          env: {},
          projectId: '   ',
          credentials: { ak: 'SOMEKEY', sk: 'some-secret' },
        }),
    );
    expect(error.message).toContain('HUAWEICLOUD_SDK_PROJECT_ID');
  });
});

// The cache's timing rules, with the clock injected (the clients use the real one).
describe('cachedProvider timing', () => {
  const check = (value: unknown) => value as { key: string };
  it('refreshes `marginMs` before expiry, or at half the lifetime when that is shorter', async () => {
    let clock = 0;
    let n = 0;
    const provider = vi.fn(() => Promise.resolve({ key: `k${(n += 1)}`, expiresAt: new Date(clock + 20 * MINUTE) }));
    const get = cachedProvider(provider, check, { now: () => clock });
    expect(await get()).toMatchObject({ key: 'k1' });
    clock = 14 * MINUTE;
    expect(await get()).toMatchObject({ key: 'k1' });
    clock = 15 * MINUTE + 1;
    expect(await get()).toMatchObject({ key: 'k2' });

    const short = vi.fn(() => Promise.resolve({ key: 'short', expiresAt: new Date(clock + 4 * MINUTE) }));
    const getShort = cachedProvider(short, check, { now: () => clock });
    await getShort();
    clock += 1.9 * MINUTE;
    await getShort();
    expect(short).toHaveBeenCalledTimes(1);
    clock += 0.2 * MINUTE;
    await getShort();
    expect(short).toHaveBeenCalledTimes(2);
  });

  it('a failed refresh falls back to the kept credentials until they expire', async () => {
    let clock = 0;
    let fail = false;
    const provider = vi.fn(() => {
      if (fail) return Promise.reject(Object.assign(new Error('vault unreachable'), { code: 'ETIMEDOUT' }));
      return Promise.resolve({ key: 'kept', expiresAt: new Date(clock + 20 * MINUTE) });
    });
    const get = cachedProvider(provider, check, { now: () => clock });
    await get();
    fail = true;
    clock = 16 * MINUTE;
    expect(await get()).toMatchObject({ key: 'kept' });
    clock = 21 * MINUTE;
    await expect(get()).rejects.toMatchObject({ name: 'CredentialsError', code: 'ETIMEDOUT' });
  });

  it('callers sharing one failed refresh each get their own error (a call records its attempts on it)', async () => {
    const provider = vi.fn(() => Promise.reject(Object.assign(new Error('vault unreachable'), { code: 'ECONNRESET' })));
    const get = cachedProvider(provider, check);
    const [a, b] = await Promise.all([rejection(get()), rejection(get())]);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(a).toMatchObject({ name: 'CredentialsError', code: 'ECONNRESET' });
    expect(b).toMatchObject({ name: 'CredentialsError', code: 'ECONNRESET' });
    expect(a).not.toBe(b);
  });
});
