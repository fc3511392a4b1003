// The minimal cloud stand-in every side of the call benchmarks talks to, run as its own process so
// its CPU time is not the client's. It answers the two calls the benchmarks make, as the clouds do:
// - HSS ShowImageSecurityReportStatistic (POST /v5/{project_id}/image/security-report/statistic
//   with a JSON body): `{"total_num":1}` and an `X-Request-Id` header;
// - SAS RPC (POST / with `x-acs-action`): `{"RequestId":"..."}` and an `x-acs-request-id` header.
// Anything else (another path, no signature, a missing parameter) gets a 400 in the cloud's error
// shape, so a peer that sends the wrong request fails loudly instead of being measured. Signatures
// are not checked (each side's signer is measured, not verified, here). Prints its URL on stdout once
// listening.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const HSS_PATH = /^\/v5\/[^/]+\/image\/security-report\/statistic$/;

function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function hss(req: IncomingMessage, url: URL, body: string, res: ServerResponse): void {
  const requestId = randomUUID().replaceAll('-', '');
  const headers = { 'content-type': 'application/json', 'x-request-id': requestId };
  const fault =
    req.method !== 'POST' || !HSS_PATH.test(url.pathname)
      ? 'APIGW.0101 no such API'
      : !url.searchParams.has('security_report_type')
        ? 'HSS.0001 security_report_type missing'
        : !req.headers.authorization?.startsWith('SDK-HMAC-SHA256 ')
          ? 'APIGW.0301 unsigned request'
          : body === '' || typeof JSON.parse(body) !== 'object'
            ? 'HSS.0001 body missing'
            : undefined;
  if (fault === undefined) return reply(res, 200, headers, '{"total_num":1}');
  const [code, ...message] = fault.split(' ');
  reply(res, 400, headers, JSON.stringify({ error_code: code, error_msg: message.join(' '), request_id: requestId }));
}

function sas(req: IncomingMessage, url: URL, res: ServerResponse): void {
  const requestId = randomUUID().toUpperCase();
  const headers = { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId };
  const fault =
    req.method !== 'POST' || url.pathname !== '/'
      ? 'InvalidAction.NotFound'
      : req.headers['x-acs-version'] !== '2018-12-03'
        ? 'InvalidVersion'
        : !req.headers.authorization?.startsWith('ACS3-HMAC-SHA256 ')
          ? 'MissingAuthorization'
          : !url.searchParams.has('OperateType') || !url.searchParams.has('Info')
            ? 'MissingParameter'
            : undefined;
  if (fault === undefined) return reply(res, 200, headers, JSON.stringify({ RequestId: requestId }));
  reply(res, 400, headers, JSON.stringify({ RequestId: requestId, Code: fault, Message: fault, HostId: url.host }));
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      if (req.headers['x-acs-action'] !== undefined) sas(req, url, res);
      else hss(req, url, body, res);
    } catch {
      reply(res, 400, { 'content-type': 'application/json' }, '{"error_code":"HSS.0001","error_msg":"bad body"}');
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => process.exit(0));
