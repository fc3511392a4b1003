// When the chains fetch credentials again: each source's vendor threshold before expiry (with an
// injected clock), one fetch however many calls wait for it, the last credentials kept through a
// failed refresh while they still work, the vendor's pacing of a source that answers expired
// credentials or fails, and a concurrent run whose credentials expire every second.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CredentialsError, SasClient } from 'imagesec';
import type { Environment } from '../../src/core/credential-input.js';
import { files } from '../../src/core/identity/files-node.js';
import type { CredentialSource } from '../../src/core/identity/source.js';
import { credentialSupply } from '../../src/core/identity/supply.js';
import { huaweiDefaultChain } from '../../src/hss/identity/chain.js';
import { checkHssCredentials } from '../../src/hss/authentication.js';
import { alibabaDefaultChain } from '../../src/sas/identity/chain.js';
import { checkSasCredentials } from '../../src/sas/authentication.js';
import { useFakeCloud } from './fake-cloud.js';
import { useTempHome } from './home.js';
import { alibabaImds, alibabaSts, expiresIn, huaweiIam, huaweiMetadata } from './services.js';

const sts = useFakeCloud();
const metadata = useFakeCloud();
const iam = useFakeCloud();
const api = useFakeCloud();
const uri = useFakeCloud();
const tempHome = useTempHome();

const MINUTE = 60_000;
const ROLE = 'acs:ram::1:role/r';
const PROVIDER = 'acs:ram::1:oidc-provider/p';

/** A supply over `source` whose clock the test moves. */
function supplyWithClock<C>(
  source: CredentialSource<C>,
  env: Environment,
  check: (value: unknown, origin: string) => C,
) {
  const clock = { now: Date.now() };
  const supply = credentialSupply({
    explicit: undefined,
    provider: undefined,
    sources: source,
    context: { env, files, fetch: (input, init) => fetch(input, init), now: () => clock.now },
    check,
    noneMessage: 'none',
  });
  return { supply, clock };
}

function oidcEnv(): Environment {
  const tokenFile = tempHome().write('token', 'tok');
  return {
    ALIBABA_CLOUD_ROLE_ARN: ROLE,
    ALIBABA_CLOUD_OIDC_PROVIDER_ARN: PROVIDER,
    ALIBABA_CLOUD_OIDC_TOKEN_FILE: tokenFile,
    IMAGESEC_ALIBABA_STS_ENDPOINT: sts.url,
  };
}

describe("refresh thresholds (the vendors' own)", () => {
  it('Alibaba OIDC: 15 minutes before expiry, and the token file is read again', async () => {
    const env = oidcEnv();
    const { supply, clock } = supplyWithClock(alibabaDefaultChain(), env, checkSasCredentials);
    const start = clock.now;
    sts.route(alibabaSts({ oidcTokens: ['tok', 'rotated'], minutes: 60, now: () => clock.now }));
    const first = await supply.get();
    // Expiration has whole seconds, so the refresh is due up to a second before 45 minutes.
    clock.now = start + 44 * MINUTE;
    expect(await supply.get()).toBe(first);
    expect(sts.requests).toHaveLength(1);
    // The platform rotates the token file; the next exchange must carry the new token.
    writeFileSync(env.ALIBABA_CLOUD_OIDC_TOKEN_FILE as string, 'rotated');
    clock.now = start + 45 * MINUTE + 1;
    expect((await supply.get()).accessKeyId).not.toBe(first.accessKeyId);
    expect(sts.requests.map((r) => new URLSearchParams(r.body).get('OIDCToken'))).toEqual(['tok', 'rotated']);
  });

  it('Alibaba ECS RAM role: 60 minutes before expiry', async () => {
    const { supply, clock } = supplyWithClock(
      alibabaDefaultChain(),
      { ALIBABA_CLOUD_ECS_METADATA: 'R', IMAGESEC_ALIBABA_METADATA_ENDPOINT: metadata.url },
      checkSasCredentials,
    );
    metadata.route(alibabaImds({ role: 'R', minutes: 360 }));
    const start = clock.now;
    await supply.get();
    const reads = () => metadata.requests.filter((r) => r.method === 'GET').length;
    clock.now = start + 299 * MINUTE;
    await supply.get();
    expect(reads()).toBe(1);
    clock.now = start + 301 * MINUTE;
    await supply.get();
    expect(reads()).toBe(2);
  });

  it('Huawei federation and ECS agency: 40 minutes before expiry', async () => {
    const tokenFile = tempHome().write('id', 'wid');
    iam.route(huaweiIam({ idps: { idp: ['wid'] }, minutes: 120 }));
    const federated = supplyWithClock(
      huaweiDefaultChain({ region: 'cn-north-4' }),
      {
        HUAWEICLOUD_SDK_IDP_ID: 'idp',
        HUAWEICLOUD_SDK_ID_TOKEN_FILE: tokenFile,
        HUAWEICLOUD_SDK_IAM_ENDPOINT: iam.url,
      },
      checkHssCredentials,
    );
    metadata.route(huaweiMetadata({ minutes: 120 }));
    const agency = supplyWithClock(
      huaweiDefaultChain({ region: 'cn-north-4' }),
      { IMAGESEC_INSTANCE_METADATA: '1', IMAGESEC_HUAWEI_METADATA_ENDPOINT: metadata.url },
      checkHssCredentials,
    );
    for (const [{ supply, clock }, count] of [
      [federated, () => iam.requests.filter((r) => r.path.endsWith('securitytokens')).length],
      [agency, () => metadata.requests.filter((r) => r.method === 'GET').length],
    ] as const) {
      const start = clock.now;
      await supply.get();
      clock.now = start + 79 * MINUTE;
      await supply.get();
      expect(count()).toBe(1);
      clock.now = start + 81 * MINUTE;
      await supply.get();
      expect(count()).toBe(2);
    }
  });
});

describe('single flight and failures', () => {
  it('100 concurrent callers on expired credentials make one STS request', async () => {
    const { supply, clock } = supplyWithClock(alibabaDefaultChain(), oidcEnv(), checkSasCredentials);
    sts.route(alibabaSts({ oidcTokens: ['tok'], minutes: 60, now: () => clock.now }));
    const first = await supply.get();
    clock.now += 61 * MINUTE;
    sts.route(async (request) => ({
      ...(await alibabaSts({ oidcTokens: ['tok'], minutes: 60, now: () => clock.now })(request)),
      delayMs: 50,
    }));
    const all = await Promise.all(Array.from({ length: 100 }, () => supply.get()));
    expect(sts.requests).toHaveLength(2);
    expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1);
    expect(all[0]?.accessKeyId).not.toBe(first.accessKeyId);
  });

  it('100 concurrent calls of a new client make one STS request and 100 API requests', async () => {
    sts.route(async (request) => ({ ...(await alibabaSts({ oidcTokens: ['tok'] })(request)), delayMs: 50 }));
    api.route(() => ({ body: { RequestId: 'fake' } }));
    const client = new SasClient({ endpoint: api.url, env: oidcEnv() });
    await Promise.all(
      Array.from({ length: 100 }, () => client.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' })),
    );
    expect(sts.requests).toHaveLength(1);
    expect(api.requests).toHaveLength(100);
  });

  it('a failed refresh keeps the last credentials while they are valid, then fails naming the source', async () => {
    const { supply, clock } = supplyWithClock(alibabaDefaultChain(), oidcEnv(), checkSasCredentials);
    const start = clock.now;
    sts.route(alibabaSts({ oidcTokens: ['tok'], minutes: 60, now: () => clock.now }));
    const kept = await supply.get();
    sts.route(() => ({ status: 503, body: { Code: 'ServiceUnavailable' } }));
    clock.now = start + 50 * MINUTE; // inside the 15-minute window: a refresh is due and fails
    expect(await supply.get()).toBe(kept);
    clock.now = start + 60 * MINUTE + 1;
    const error = await supply.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(
      /^OIDC role \(ALIBABA_CLOUD_ROLE_ARN\): AssumeRoleWithOIDC at http:\/\/127\.0\.0\.1:\d+ answered 503 ServiceUnavailable/,
    );
  });
});

describe("a source answering expired credentials or failing (the vendor's session pacing)", () => {
  const SECOND = 1000;

  /** A credentials URI whose answers expire `minutes` after the test's clock (negative: before). */
  function uriExpiring(clock: { now: number }, minutes: () => number): void {
    let serial = 0;
    uri.route(() => ({
      body: {
        Code: 'Success',
        AccessKeyId: `STS.Uri${(serial += 1)}`,
        AccessKeySecret: 'uri-secret',
        SecurityToken: 'uri-token',
        Expiration: expiresIn(minutes(), clock.now),
      },
    }));
  }

  const uriEnv = () => ({ ALIBABA_CLOUD_CREDENTIALS_URI: `${uri.url}/creds` });

  it('an answer already past its expiry signs nothing, and the calls after it do not ask the source again', async () => {
    uriExpiring({ now: Date.now() }, () => -1);
    api.route(() => ({ body: { RequestId: 'fake' } }));
    const client = new SasClient({ endpoint: api.url, env: uriEnv() });
    for (let call = 0; call < 3; call++) {
      const error = await client.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error).toMatchObject({ code: 'EXPIRED_CREDENTIALS' });
      expect((error as Error).message).toMatch(
        /^credentials URI \(ALIBABA_CLOUD_CREDENTIALS_URI\): the credentials it answered expired at \S+Z, \d+ s before they arrived by this machine's clock; not used/,
      );
    }
    expect(uri.requests).toHaveLength(1);
    expect(api.requests).toHaveLength(0);
  });

  it('the source is asked again 50-70 s after an expired answer', async () => {
    const { supply, clock } = supplyWithClock(alibabaDefaultChain(), uriEnv(), checkSasCredentials);
    let minutes = -1;
    uriExpiring(clock, () => minutes);
    const start = clock.now;
    await expect(supply.get()).rejects.toMatchObject({ code: 'EXPIRED_CREDENTIALS' });
    clock.now = start + 49 * SECOND;
    await expect(supply.get()).rejects.toMatchObject({ code: 'EXPIRED_CREDENTIALS' });
    expect(uri.requests).toHaveLength(1);
    minutes = 60;
    clock.now = start + 71 * SECOND;
    expect((await supply.get()).accessKeyId).toBe('STS.Uri2');
    expect(uri.requests).toHaveLength(2);
  });

  it('kept credentials that still work serve while a refresh answers expired ones, and the wait holds', async () => {
    const { supply, clock } = supplyWithClock(alibabaDefaultChain(), uriEnv(), checkSasCredentials);
    let minutes = 60;
    uriExpiring(clock, () => minutes);
    const start = clock.now;
    expect((await supply.get()).accessKeyId).toBe('STS.Uri1');
    minutes = -1;
    clock.now = start + 50 * MINUTE; // inside the 15-minute window: a refresh is due
    expect((await supply.get()).accessKeyId).toBe('STS.Uri1');
    clock.now += SECOND;
    expect((await supply.get()).accessKeyId).toBe('STS.Uri1');
    expect(uri.requests).toHaveLength(2);
    clock.now += 70 * SECOND;
    expect((await supply.get()).accessKeyId).toBe('STS.Uri1');
    expect(uri.requests).toHaveLength(3);
  });

  it('a failing refresh is tried again 1-10 s later, not on every call, while the kept credentials work', async () => {
    const { supply, clock } = supplyWithClock(alibabaDefaultChain(), oidcEnv(), checkSasCredentials);
    const start = clock.now;
    sts.route(alibabaSts({ oidcTokens: ['tok'], minutes: 60, now: () => clock.now }));
    const kept = await supply.get();
    sts.route(() => ({ status: 503, body: { Code: 'ServiceUnavailable' } }));
    clock.now = start + 50 * MINUTE;
    expect(await supply.get()).toBe(kept);
    clock.now += SECOND - 1;
    expect(await supply.get()).toBe(kept);
    expect(sts.requests).toHaveLength(2);
    clock.now += 10 * SECOND;
    expect(await supply.get()).toBe(kept);
    expect(sts.requests).toHaveLength(3);
  });
});

describe('concurrent stress with credentials that expire every two seconds', () => {
  it('1,200 calls at concurrency 32: every request is signed with credentials not yet expired, refreshed a bounded number of times', async () => {
    const expiry = new Map<string, number>();
    const stsRoute = alibabaSts({ oidcTokens: ['tok'], minutes: 2 / 60 });
    sts.route(async (request) => {
      const reply = await stsRoute(request);
      const creds = (reply.body as { Credentials: { AccessKeyId: string; Expiration: string } }).Credentials;
      expiry.set(creds.AccessKeyId, new Date(creds.Expiration).getTime());
      return { ...reply, delayMs: 20 };
    });
    const late: string[] = [];
    api.route((request) => {
      const id = /Credential=([^,]+)/.exec(String(request.headers.authorization))?.[1] ?? '';
      const expires = expiry.get(id);
      // Expiration has whole seconds; a request received past it would be refused by the cloud.
      if (expires === undefined || Date.now() >= expires) late.push(id);
      return { body: { RequestId: 'fake' } };
    });
    const client = new SasClient({ endpoint: api.url, env: oidcEnv() });
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < 1200) {
        next += 1;
        await client.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' });
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `stress: 1200 calls in ${seconds.toFixed(1)} s, ${sts.requests.length} STS fetches, ${new Set(expiry.keys()).size} sessions used`,
    );
    expect(api.requests).toHaveLength(1200);
    expect(late).toEqual([]);
    // Credentials live 1-2 s (whole-second expiry) and are refreshed at half their life: about one
    // fetch per 0.5-1 s of run time, never one per call.
    expect(sts.requests.length).toBeGreaterThan(1);
    expect(sts.requests.length).toBeLessThanOrEqual(Math.ceil(seconds / 0.4) + 2);
  });
});
