// A loopback stand-in for the HSS endpoint that checks what a consumer of the packed package signed:
// it recomputes the Authorization header with Huawei's own AKSKSigner (the official Node SDK, a dev
// dependency) and answers ShowImageSecurityReportStatistic only when the two agree. It answers CORS
// preflights too, so a page on another loopback origin can call it the way a browser app would.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROJECT_ID } from '../contract/seed-requests.js';
import { huaweiOfficialAuthorization } from '../helpers/official-signers.js';

export { PROJECT_ID };

export const CONSUMER_KEYS = { ak: 'CONSUMERCHECKAK0000001', sk: 'consumer-check-secret-key-0001' } as const;
export const TOTAL_NUM = 42;

export interface VerifiedCall {
  readonly origin: string | undefined;
  readonly userAgent: string | undefined;
  readonly signatureMatches: boolean;
}

export interface VerifyingServer {
  readonly url: string;
  /** Every non-preflight request, in arrival order. */
  readonly calls: VerifiedCall[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-sdk-date, x-project-id, x-security-token, region',
  'access-control-expose-headers': 'x-request-id',
  'access-control-max-age': '600',
};

function officialSignature(req: IncomingMessage, url: URL, body: string): string {
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(req.headers.authorization ?? '')?.[1]?.split(';') ?? [];
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    if (name === 'host' || name === 'x-sdk-date') continue;
    headers[name] = String(req.headers[name] ?? '');
  }
  // The official signer reads the date only under this exact spelling.
  headers['X-Sdk-Date'] = String(req.headers['x-sdk-date'] ?? '');
  const queryParams: Record<string, string> = Object.fromEntries(url.searchParams);
  const endpoint = `http://${req.headers.host ?? ''}${url.pathname}`;
  const data: unknown = body === '' ? undefined : JSON.parse(body);
  return huaweiOfficialAuthorization(
    { method: req.method ?? '', endpoint, queryParams, headers, data },
    CONSUMER_KEYS.ak,
    CONSUMER_KEYS.sk,
  );
}

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { ...CORS, 'content-type': 'application/json', 'x-request-id': 'consumer-check-request-id' });
  res.end(JSON.stringify(body));
}

export async function startVerifyingServer(): Promise<VerifyingServer> {
  const calls: VerifiedCall[] = [];
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://loopback');
      const body = Buffer.concat(chunks).toString('utf8');
      const signatureMatches = officialSignature(req, url, body) === req.headers.authorization;
      calls.push({ origin: req.headers.origin, userAgent: req.headers['user-agent'], signatureMatches });
      if (url.pathname !== `/v5/${PROJECT_ID}/image/security-report/statistic`) {
        answer(res, 404, { error_code: 'APIGW.0101', error_msg: `no such path: ${url.pathname}` });
      } else if (!signatureMatches) {
        answer(res, 401, {
          error_code: 'APIGW.0301',
          error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
        });
      } else {
        answer(res, 200, { total_num: TOTAL_NUM });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
