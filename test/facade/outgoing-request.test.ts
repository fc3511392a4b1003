// A request's URL split without parsing it (outgoing-request.ts) says what the URL parser says:
// the signer's host, path and query, and node:http's target, for endpoints with and without a path,
// a port, a trailing slash, IPv6; and a URL not made from the endpoint is left to the parser.
import { describe, expect, it } from 'vitest';
import { endpointOf, splitUrl } from '../../src/core/call/outgoing-request.js';

const ENDPOINTS = [
  'https://hss.cn-north-4.myhuaweicloud.com',
  'https://tds.cn-shanghai.aliyuncs.com/',
  'http://127.0.0.1:3000',
  'http://LOCALHOST:80/',
  'https://proxy.example:8443/gateway/hss',
  'https://proxy.example/gateway/sas/',
  'http://[::1]:4010',
];
const REQUESTS = [
  '/v5/0c3b5a8e/image/report/statistic?security_report_type=vulnerability',
  '/v5/0c3b5a8e/image/local-repositories',
  '/?Info=%5B%7B%22ids%22%3A%5B1%5D%7D%5D&OperateType=vul_fix&Type=cve',
  '/',
  '/v5/a-b_c.d~e/x?',
];

describe('splitUrl', () => {
  for (const base of ENDPOINTS) {
    it.each(REQUESTS)(`${base} + %s: the parts the URL parser gives`, (rest) => {
      const endpoint = endpointOf(base);
      const url = `${endpoint.text}${rest}`;
      const parsed = new URL(url);
      const split = splitUrl(url, endpoint);
      expect(split?.parts).toEqual({ host: parsed.host, pathname: parsed.pathname, search: parsed.search });
      expect(split?.target).toEqual({
        protocol: parsed.protocol,
        hostname: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: parsed.port,
        path: `${parsed.pathname}${parsed.search}`,
      });
    });
  }

  it('leaves a URL not made from the endpoint to the parser', () => {
    const endpoint = endpointOf('https://hss.example/gateway');
    expect(splitUrl('https://other.example/gateway/v5', endpoint)).toBeUndefined();
    expect(splitUrl('https://hss.example/gatewayx/v5', endpoint)).toBeUndefined();
  });
});
