// Region tables and endpoint options. The tables in src/ are hand-copied from the specs, so they
// are compared with openapi/*.yaml `servers` here; an endpoint override must be a plain http(s)
// base URL, because whatever it holds is where signed requests (and credentials) go.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, HSS_REGIONS, HssClient, SAS_REGION_ENDPOINTS, SasClient } from 'imagesec';
import { hssEndpoint } from '../../src/hss/regions.js';
import { sasEndpoint } from '../../src/sas/endpoints.js';
import { loadSpec } from '../../scripts/spec/document.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { constructionError } from '../helpers/outcomes.js';

const server = useCaptureServer();

const PROJECT_ID = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const HSS_BASE = { projectId: PROJECT_ID, credentials: { ak: 'SOMEKEY', sk: 'some-secret' }, env: {} } as const;
const SAS_BASE = { credentials: { accessKeyId: 'SOMEKEY', accessKeySecret: 'some-secret' }, env: {} } as const;

/** The `servers` entries of a spec, with the vendor extensions this project uses. */
interface Server {
  url: string;
  variables?: Record<string, { enum?: string[]; default?: string }>;
  'x-region'?: string;
  'x-regions'?: string[];
  'x-network'?: string;
}

async function servers(name: 'hss' | 'sas'): Promise<Server[]> {
  return (await loadSpec(name)).servers ?? [];
}

describe('HSS regions', () => {
  /** region id → endpoint, as openapi/hss.yaml `servers` says. */
  async function specEndpoints(): Promise<Array<[string, string]>> {
    const out: Array<[string, string]> = [];
    for (const entry of await servers('hss')) {
      const regions = entry.variables?.region?.enum;
      if (regions !== undefined) for (const id of regions) out.push([id, entry.url.replace('{region}', id)]);
      else if (entry['x-region'] !== undefined) out.push([entry['x-region'], entry.url]);
      else throw new Error(`server ${entry.url} names no region`);
    }
    return out;
  }

  it('HSS_REGIONS is exactly the region list of openapi/hss.yaml, without duplicates', async () => {
    const ids = (await specEndpoints()).map(([id]) => id);
    expect(new Set(HSS_REGIONS).size).toBe(HSS_REGIONS.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...HSS_REGIONS].sort()).toEqual([...ids].sort());
    expect(HSS_REGIONS).toHaveLength(30);
  });

  it('hssEndpoint and the client give the spec server of every region', async () => {
    for (const [id, url] of await specEndpoints()) {
      expect(hssEndpoint(id), id).toBe(url);
      expect(new HssClient({ ...HSS_BASE, region: id }).endpoint, id).toBe(url);
    }
  });

  it('eu-west-101 is the one region under .myhuaweicloud.eu', () => {
    expect(hssEndpoint('eu-west-101')).toBe('https://hss.eu-west-101.myhuaweicloud.eu');
    const others = HSS_REGIONS.filter((id) => id !== 'eu-west-101').map((id) => hssEndpoint(id));
    for (const url of others) expect(url).toMatch(/^https:\/\/hss\.[a-z0-9-]+\.myhuaweicloud\.com$/);
  });

  it.each(['cn-nowhere-9', 'CN-NORTH-4', 'cn-north-4 ', 'constructor', '__proto__'])(
    'unknown region %j is a ConfigurationError listing every valid id',
    (region) => {
      const error = constructionError(() => new HssClient({ ...HSS_BASE, region }));
      expect(error.message).toContain(JSON.stringify(region));
      for (const id of HSS_REGIONS) expect(error.message).toContain(id);
    },
  );

  it('an empty region is refused', () => {
    constructionError(() => new HssClient({ ...HSS_BASE, region: '' }));
  });
});

describe('SAS regions', () => {
  /** region id → endpoint from the public servers (the VPC ones are only reachable via `endpoint`). */
  async function specEndpoints(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const entry of await servers('sas')) {
      if (entry['x-network'] !== undefined) {
        expect(entry['x-regions'], `${entry.url} is a ${entry['x-network']} server`).toBeUndefined();
        continue;
      }
      for (const id of entry['x-regions'] ?? []) {
        expect(out[id], `${id} listed under two servers`).toBeUndefined();
        out[id] = entry.url;
      }
    }
    return out;
  }

  it('SAS_REGION_ENDPOINTS is exactly servers[].x-regions of openapi/sas.yaml', async () => {
    expect({ ...SAS_REGION_ENDPOINTS }).toEqual(await specEndpoints());
  });

  it('sasEndpoint and the client give the spec server of every region', async () => {
    for (const [id, url] of Object.entries(await specEndpoints())) {
      expect(sasEndpoint(id), id).toBe(url);
      expect(new SasClient({ ...SAS_BASE, regionId: id }).endpoint, id).toBe(url);
    }
  });

  it('cn-hongkong is served by the mainland site', () => {
    expect(SAS_REGION_ENDPOINTS['cn-hongkong']).toBe('https://tds.cn-shanghai.aliyuncs.com');
  });

  // Inherited Object properties must not pass for regions.
  it.each(['cn-nowhere', 'CN-SHANGHAI', 'toString', '__proto__', 'hasOwnProperty', ''])(
    'unknown region %j is a ConfigurationError listing every valid id',
    (regionId) => {
      const error = constructionError(() => new SasClient({ ...SAS_BASE, regionId }));
      for (const id of Object.keys(SAS_REGION_ENDPOINTS)) expect(error.message).toContain(id);
    },
  );
});

describe('endpoint option', () => {
  it('overrides the region endpoint; requests go there, under its path', async () => {
    const hss = new HssClient({ ...HSS_BASE, region: 'cn-north-4', endpoint: `${server.url}/proxy/hss/` });
    expect(hss.endpoint).toBe(`${server.url}/proxy/hss`);
    await hss.batchScanLocalImage();
    expect(server.requests.at(-1)?.target).toMatch(new RegExp(`^/proxy/hss/v5/${PROJECT_ID}/image/local/batch-scan`));
    // The region still names the region (header), not the host.
    expect(server.requests.at(-1)?.headers.region).toBe('cn-north-4');

    const sas = new SasClient({ ...SAS_BASE, regionId: 'cn-shanghai', endpoint: `${server.url}/proxy/sas` });
    expect(sas.endpoint).toBe(`${server.url}/proxy/sas`);
    await sas.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' });
    expect(server.requests.at(-1)?.target).toMatch(/^\/proxy\/sas\/?\?/);
  });

  it('needs no region (a private or VPC endpoint), and then takes any region id', () => {
    expect(new HssClient({ ...HSS_BASE, endpoint: 'https://hss.example.internal' }).endpoint).toBe(
      'https://hss.example.internal',
    );
    expect(
      new HssClient({ ...HSS_BASE, region: 'eu-private-7', endpoint: 'https://hss.example.internal' }).region,
    ).toBe('eu-private-7');
    expect(new SasClient({ ...SAS_BASE, endpoint: 'https://tds.vpc-proxy.aliyuncs.com' }).endpoint).toBe(
      'https://tds.vpc-proxy.aliyuncs.com',
    );
  });

  it('is normalised: lower-case scheme and host, no trailing slashes', () => {
    expect(new HssClient({ ...HSS_BASE, endpoint: 'HTTPS://HSS.Example.COM//' }).endpoint).toBe(
      'https://hss.example.com',
    );
  });

  const invalid: Array<[string, string]> = [
    ['not a URL', 'hss.cn-north-4.myhuaweicloud.com'],
    ['empty', ''],
    ['ftp', 'ftp://hss.example.com'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['with a query', 'https://hss.example.com/?x=1'],
    ['with a fragment', 'https://hss.example.com/#top'],
    ['with user info', 'https://user:CANARYPASSWORD93@hss.example.com'],
    ['with a user name', 'https://CANARYUSER41@hss.example.com'],
  ];

  it.each(invalid)('%s is refused by both clients', (_label, endpoint) => {
    for (const construct of [
      () => new HssClient({ ...HSS_BASE, region: 'cn-north-4', endpoint }),
      () => new SasClient({ ...SAS_BASE, regionId: 'cn-shanghai', endpoint }),
    ]) {
      const error = constructionError(construct);
      // The password of a URL is a secret like any other.
      expect(error.message).not.toContain('CANARYPASSWORD93');
    }
  });

  // `new URL('https://h/?').search` is '' (likewise the hash of `https://h/#`), so a bare `?` or
  // `#` passes the query check and stays in href: every request URL then becomes
  // `https://h/?/v5/...` (the path turns into a query string).
  it.each([
    ['a bare ?', 'https://hss.example.com/?'],
    ['a bare #', 'https://hss.example.com/#'],
  ])('an endpoint ending in %s is refused (or cleaned), never kept as a base URL', (_label, endpoint) => {
    let base: string | undefined;
    try {
      base = new HssClient({ ...HSS_BASE, region: 'cn-north-4', endpoint }).endpoint;
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
    }
    if (base !== undefined) expect(base).not.toMatch(/[?#]/);
  });

  it('neither region nor endpoint is a ConfigurationError', () => {
    expect(constructionError(() => new HssClient({ ...HSS_BASE })).message).toMatch(/\bregion\b.*\bendpoint\b/);
    expect(constructionError(() => new SasClient({ ...SAS_BASE })).message).toMatch(/\bregionId\b.*\bendpoint\b/);
  });
});
