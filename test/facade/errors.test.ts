// Error mapping through the real clients: every documented error code, sent by the capture server
// with its documented status, comes back as the right ApiError class with status, code, message,
// request id and body; odd bodies (HTML, XML, empty) still give a typed error; secrets echoed by a
// server never reach the user; transport failures are ConnectionError / TimeoutError / the abort
// reason.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  HssClient,
  ImagesecError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SasClient,
  ServerError,
  TimeoutError,
  type HssClientOptions,
  type SasClientOptions,
} from 'imagesec';
import { startCaptureServer, useCaptureServer, type CapturedRequest } from '../helpers/capture-server.js';
import { rejection } from '../helpers/outcomes.js';
import { CANARIES, CANARY, HSS_CANARY_CREDENTIALS, SAS_CANARY_CREDENTIALS } from '../helpers/canaries.js';

const server = useCaptureServer();

const PROJECT_ID = '0c3b5a8e9f1d4e2a8b7c6d5e4f3a2b1c';
const HEADER_REQUEST_ID = '5f0a4f4c1b7e8d2a9c3b6e1f0d2a4c8b';
const BODY_REQUEST_ID = 'body0000000000000000000000000000';

const hssSigned = HSS_CANARY_CREDENTIALS;
const sasSigned = SAS_CANARY_CREDENTIALS;

function hss(options: Partial<HssClientOptions> = {}): HssClient {
  return new HssClient({
    region: 'cn-north-4',
    endpoint: server.url,
    projectId: PROJECT_ID,
    credentials: hssSigned,
    env: {},
    ...options,
  });
}

function sas(options: Partial<SasClientOptions> = {}): SasClient {
  return new SasClient({ endpoint: server.url, credentials: sasSigned, env: {}, ...options });
}

const callHss = (c: HssClient = hss()) => c.batchScanLocalImage();
const callSas = (c: SasClient = sas()) => c.operateImageVul({ OperateType: 'vul_fix', Type: 'cve' });

async function apiRejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

type ErrorClass = typeof ApiError;

/** The error is of exactly this class (a BadRequestError is not accepted for a plain ApiError). */
function expectExactly(error: unknown, cls: ErrorClass): void {
  expect(error).toBeInstanceOf(ImagesecError);
  expect(error).toBeInstanceOf(cls);
  expect(Object.getPrototypeOf(error)).toBe(cls.prototype);
}

describe('HSS error codes', () => {
  // HSS service codes: all HTTP 400 (hss-api.md "Errors", the HSS error page).
  const service: Array<[string, number, ErrorClass]> = [
    'HSS.0001',
    'HSS.0002',
    'HSS.0010',
    'HSS.0011',
    'HSS.0013',
    'HSS.0014',
  ].map((code) => [code, 400, BadRequestError]);
  // The API gateway table of hss-api.md, one row per (code, status).
  const gateway: Array<[string, number, ErrorClass]> = [
    ['APIGW.0101', 404, NotFoundError],
    ['APIGW.0201', 400, BadRequestError],
    ['APIGW.0201', 413, ApiError],
    ['APIGW.0201', 414, ApiError],
    ['APIGW.0201', 494, ApiError],
    ['APIGW.0201', 502, ServerError],
    ['APIGW.0201', 504, ServerError],
    ['APIGW.0301', 401, AuthenticationError],
    ['APIGW.0302', 403, PermissionDeniedError],
    ['APIGW.0305', 401, AuthenticationError],
    ['APIGW.0306', 403, PermissionDeniedError],
    ['APIGW.0307', 401, AuthenticationError],
    ['APIGW.0308', 429, RateLimitError],
    ['APIGW.0310', 403, PermissionDeniedError],
    ['APIGW.0401', 403, PermissionDeniedError],
    ['APIGW.0402', 403, PermissionDeniedError],
    ['APIGW.0404', 403, PermissionDeniedError],
    ...['0601', '0605', '0606', '0608', '0609', '0611', '0612'].map((n): [string, number, ErrorClass] => [
      `APIGW.${n}`,
      500,
      ServerError,
    ]),
    ['APIGW.0602', 400, BadRequestError],
    ['APIGW.0607', 400, BadRequestError],
    ['APIGW.0610', 502, ServerError],
    ['APIGW.0613', 503, ServerError],
    ['APIGW.0801', 403, PermissionDeniedError],
    ['APIGW.0802', 403, PermissionDeniedError],
    // The table gives "401 / 403 / 405" for these five together; per code the APIG signing guide
    // has 0303 → 401, 0304 / 0311 / 0502 → 403, 0501 → 405.
    ['APIGW.0303', 401, AuthenticationError],
    ['APIGW.0304', 403, PermissionDeniedError],
    ['APIGW.0311', 403, PermissionDeniedError],
    ['APIGW.0501', 405, ApiError],
    ['APIGW.0502', 403, PermissionDeniedError],
    // Older responses use the APIG. prefix.
    ['APIG.0301', 401, AuthenticationError],
    ['APIG.0308', 429, RateLimitError],
  ];

  it.each([...service, ...gateway])('%s with HTTP %i', async (code, status, cls) => {
    const body = { error_code: code, error_msg: `message of ${code}`, request_id: BODY_REQUEST_ID };
    server.respond({ status, headers: { 'X-Request-Id': HEADER_REQUEST_ID }, body });
    const error = await apiRejection(callHss());
    expectExactly(error, cls);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    // The header is the request id HSS documents on every response; it wins over the body's.
    expect(error.requestId).toBe(HEADER_REQUEST_ID);
    expect(error.message).toBe(`${code}: message of ${code} (request id ${HEADER_REQUEST_ID})`);
    expect(error.detail).toBe(`message of ${code}`);
    expect(error.body).toEqual(body);
  });

  const operations = {
    changeSensitiveInfo: (c: HssClient) =>
      c.changeSensitiveInfo({ image_type: 'private_image', body: { sensitive_info_id: 'x' } }),
    addImageWhiteLists: (c: HssClient) =>
      c.addImageWhiteLists({ global_image_type: 'registry', type: 'vulnerability', body: { rule_type: 'all_images' } }),
    batchScanLocalImage: (c: HssClient) => c.batchScanLocalImage(),
    showImageSecurityReportStatistic: (c: HssClient) =>
      c.showImageSecurityReportStatistic({ security_report_type: 'apps' }),
  };

  it.each(Object.entries(operations))('%s maps errors the same way', async (_name, call) => {
    server.respond({
      status: 400,
      headers: { 'X-Request-Id': HEADER_REQUEST_ID },
      body: { error_code: 'HSS.0001', error_msg: 'Invalid parameter' },
    });
    const error = await apiRejection(call(hss()));
    expectExactly(error, BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'HSS.0001', requestId: HEADER_REQUEST_ID });
  });

  it('without the X-Request-Id header, the request id comes from the body', async () => {
    server.respond({
      status: 403,
      body: { error_code: 'APIGW.0302', error_msg: 'not allowed', request_id: BODY_REQUEST_ID },
    });
    const error = await apiRejection(callHss());
    expect(error.requestId).toBe(BODY_REQUEST_ID);
    expect(error.message).toContain(BODY_REQUEST_ID);
  });

  it('with no request id anywhere, requestId is undefined and the message does not invent one', async () => {
    server.respond({ status: 400, body: { error_code: 'HSS.0002', error_msg: 'cannot parse' } });
    const error = await apiRejection(callHss());
    expect(error.requestId).toBeUndefined();
    expect(error.message).toBe('HSS.0002: cannot parse');
    expect(error.detail).toBe('cannot parse');
  });

  it("a mock's sl-violations header becomes violations (field and message), named in the message too", async () => {
    const violations = [
      {
        location: ['request', 'body', 'image_info', '0', 'id'],
        severity: 'Error',
        code: 'maximum',
        message: 'must be <= 9007199254740991',
      },
      {
        location: ['request', 'query', 'enterprise_project_id'],
        severity: 'Error',
        code: 'minLength',
        message: 'must NOT have fewer than 1 characters',
      },
    ];
    server.respond({
      status: 400,
      headers: { 'X-Request-Id': HEADER_REQUEST_ID, 'sl-violations': JSON.stringify(violations) },
      body: { error_code: 'HSS.0001', error_msg: 'Invalid parameter' },
    });
    const error = await apiRejection(callHss());
    expect(error.violations).toEqual([
      { path: 'body.image_info[0].id', message: 'must be <= 9007199254740991' },
      { path: 'enterprise_project_id', message: 'must NOT have fewer than 1 characters' },
    ]);
    expect(error.message).toBe(
      `HSS.0001: Invalid parameter; body.image_info[0].id must be <= 9007199254740991; enterprise_project_id must NOT have fewer than 1 characters (request id ${HEADER_REQUEST_ID})`,
    );
    expect(error.toJSON()).toMatchObject({ violations: error.violations });
    // A header that is not Prism's list is ignored, not an error of its own.
    server.respond({
      status: 400,
      headers: { 'sl-violations': 'not json' },
      body: { error_code: 'HSS.0001', error_msg: 'Invalid parameter' },
    });
    expect((await apiRejection(callHss())).violations).toBeUndefined();
  });

  it('reads {code, message} bodies', async () => {
    const body = { code: 'HSS.0011', message: 'Resource not found' };
    server.respond({ status: 400, headers: { 'X-Request-Id': HEADER_REQUEST_ID }, body });
    const error = await apiRejection(callHss());
    expectExactly(error, BadRequestError);
    expect(error).toMatchObject({ code: 'HSS.0011', body });
    expect(error.message).toContain('Resource not found');
  });

  it('reads IAM-style nested {"error": {"code", "message"}} bodies', async () => {
    const body = {
      error: { code: 'IAM.0001', message: 'The token is invalid or has expired.', title: 'Unauthorized' },
    };
    server.respond({ status: 401, headers: { 'X-Request-Id': HEADER_REQUEST_ID }, body });
    const error = await apiRejection(callHss());
    expectExactly(error, AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'IAM.0001', requestId: HEADER_REQUEST_ID, body });
    expect(error.message).toBe(`IAM.0001: The token is invalid or has expired. (request id ${HEADER_REQUEST_ID})`);
  });

  it('an HTML error page from a proxy still gives the typed error with status and request id', async () => {
    const page =
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    server.respond({
      status: 502,
      headers: { 'X-Request-Id': HEADER_REQUEST_ID, 'content-type': 'text/html' },
      body: page,
    });
    const error = await apiRejection(callHss());
    expectExactly(error, ServerError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBe(HEADER_REQUEST_ID);
    expect(error.body).toBe(page);
    expect(error.message).toContain('502 Bad Gateway');
    expect(error.message).not.toContain('<');
  });

  it.each([
    [401, AuthenticationError],
    [429, RateLimitError],
    [503, ServerError],
  ] as const)('an empty %i body still gives the typed error with status and request id', async (status, cls) => {
    server.respond({ status, headers: { 'X-Request-Id': HEADER_REQUEST_ID } });
    const error = await apiRejection(callHss());
    expectExactly(error, cls);
    expect(error).toMatchObject({ status, code: undefined, requestId: HEADER_REQUEST_ID, body: undefined });
    expect(error.message).toContain(HEADER_REQUEST_ID);
  });

  it('a 200 with a non-JSON body for showImageSecurityReportStatistic is an ApiError', async () => {
    server.respond({
      status: 200,
      headers: { 'X-Request-Id': HEADER_REQUEST_ID, 'content-type': 'text/html' },
      body: '<html>login</html>',
    });
    const error = await apiRejection(hss().showImageSecurityReportStatistic({ security_report_type: 'vulnerability' }));
    expectExactly(error, ApiError);
    expect(error).toMatchObject({ status: 200, code: undefined, requestId: HEADER_REQUEST_ID });
    expect(error.message).toMatch(/not JSON/);
    expect(error.message).toContain('text/html');
  });

  it.each([200, 204])(
    'a %i with an empty body is a success for the operations without a response body',
    async (status) => {
      server.respond({ status, headers: { 'X-Request-Id': HEADER_REQUEST_ID } });
      const c = hss();
      for (const call of [
        operations.changeSensitiveInfo,
        operations.addImageWhiteLists,
        operations.batchScanLocalImage,
      ]) {
        const result = await call(c);
        expect(result).toMatchObject({ status, requestId: HEADER_REQUEST_ID, data: undefined });
      }
    },
  );
});

describe('SAS error codes', () => {
  // sas-api.md section 1 (the API page) and section 7 (common gateway errors), one row per
  // (code, status) the docs give.
  const table: Array<[string, number, ErrorClass]> = [
    ['NoPermission', 403, PermissionDeniedError],
    ['ServerError', 500, ServerError],
    ['MissingParameter', 400, BadRequestError],
    ['MissingOperateType', 400, BadRequestError],
    ['InvalidParameter', 400, BadRequestError],
    ['InvalidOperateType', 400, BadRequestError],
    ['IncompleteSignature', 400, BadRequestError],
    ['SignatureDoesNotMatch', 400, BadRequestError],
    ['SignatureDoesNotMatch', 403, PermissionDeniedError],
    ['InvalidAccessKeyId.NotFound', 404, NotFoundError],
    ['InvalidAccessKeyId.NotFound', 400, BadRequestError],
    ['InvalidAccessKeyId.Inactive', 400, BadRequestError],
    ['InvalidTimeStamp.Format', 400, BadRequestError],
    ['InvalidTimeStamp.Expired', 400, BadRequestError],
    ['SignatureNonceUsed', 400, BadRequestError],
    // Alibaba throttles with HTTP 400: the code decides.
    ['Throttling', 400, RateLimitError],
    ['Throttling.User', 400, RateLimitError],
    ['Throttling.Api', 400, RateLimitError],
    ['InvalidApi.NotFound', 404, NotFoundError],
    ['Forbidden.RAM', 403, PermissionDeniedError],
    ['InternalError', 500, ServerError],
    ['ServiceUnavailable', 503, ServerError],
  ];

  it.each(table)('%s with HTTP %i', async (code, status, cls) => {
    const body = {
      RequestId: BODY_REQUEST_ID,
      HostId: 'tds.cn-shanghai.aliyuncs.com',
      Code: code,
      Message: `message of ${code}`,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${code}&product=Sas`,
    };
    // A different id in the header: the body's RequestId is what Alibaba documents.
    server.respond({ status, headers: { 'x-acs-request-id': 'header-request-id' }, body });
    const error = await apiRejection(callSas());
    expectExactly(error, cls);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe(BODY_REQUEST_ID);
    expect(error.message).toBe(`${code}: message of ${code} (request id ${BODY_REQUEST_ID})`);
    expect(error.body).toEqual(body);
  });

  it('NoPermission keeps AccessDeniedDetail in the body', async () => {
    const body = {
      RequestId: '486F2228-438A-544A-A533-433F943C15CD',
      HostId: 'tds.cn-shanghai.aliyuncs.com',
      Code: 'NoPermission',
      Message: 'caller has no permission',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=NoPermission&product=Sas',
      AccessDeniedDetail: {
        AuthAction: 'yundun-sas:OperateImageVul',
        AuthPrincipalType: 'SubUser',
        AuthPrincipalOwnerId: '1234567890123456',
        AuthPrincipalDisplayName: 'ci-scanner',
        PolicyType: 'AccountLevelIdentityBasedPolicy',
        NoPermissionType: 'ImplicitDeny',
        EncodedDiagnosticMessage: 'AQEAAAAAaNH2o4pGM0FCNTNDRC1FOTNGLTU2RTItOUNDRS1GQzk4NjMyRkRFMzg=',
      },
    };
    server.respond({ status: 403, body });
    const error = await apiRejection(callSas());
    expectExactly(error, PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: 'NoPermission', requestId: body.RequestId });
    expect(error.body).toEqual(body);
    expect(error.message).toBe(
      'NoPermission: caller has no permission (request id 486F2228-438A-544A-A533-433F943C15CD)',
    );
  });

  it.each([
    ['Throttling.User', 400, RateLimitError],
    ['NoPermission', 403, PermissionDeniedError],
    ['ServiceUnavailable', 503, ServerError],
  ] as const)('an XML <Error> body (%s, %i) is read like the JSON one', async (code, status, cls) => {
    const xml =
      "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>7A1E3C55-2B0D-5E8F-A4C6-9B3D1F7E2A40</RequestId>" +
      `<HostId>tds.cn-shanghai.aliyuncs.com</HostId><Code>${code}</Code><Message>message of ${code}</Message>` +
      `<Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=${code}&product=Sas]]></Recommend></Error>`;
    server.respond({ status, headers: { 'content-type': 'text/xml;charset=utf-8' }, body: xml });
    const error = await apiRejection(callSas());
    expectExactly(error, cls);
    expect(error).toMatchObject({ status, code, requestId: '7A1E3C55-2B0D-5E8F-A4C6-9B3D1F7E2A40', body: xml });
    expect(error.message).toBe(`${code}: message of ${code} (request id 7A1E3C55-2B0D-5E8F-A4C6-9B3D1F7E2A40)`);
  });

  it('an HTML error page gives the typed error; the request id falls back to x-acs-request-id', async () => {
    const page = '<html><body><h1>504 Gateway Time-out</h1></body></html>';
    server.respond({
      status: 504,
      headers: { 'content-type': 'text/html', 'x-acs-request-id': 'header-request-id' },
      body: page,
    });
    const error = await apiRejection(callSas());
    expectExactly(error, ServerError);
    expect(error).toMatchObject({ status: 504, code: undefined, requestId: 'header-request-id', body: page });
    expect(error.message).toContain('504 Gateway Time-out');
  });

  it('an empty error body gives the typed error with status and the header request id', async () => {
    server.respond({ status: 403, headers: { 'x-acs-request-id': 'header-request-id' } });
    const error = await apiRejection(callSas());
    expectExactly(error, PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: undefined, requestId: 'header-request-id', body: undefined });
  });

  it('a 200 with a non-JSON body is an ApiError', async () => {
    server.respond({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' });
    const error = await apiRejection(callSas());
    expectExactly(error, ApiError);
    expect(error.status).toBe(200);
  });
});

describe('redaction of echoed secrets', () => {
  /** The signature a request carried (64 hex digits after `Signature=`). */
  function signatureOf(request: CapturedRequest): string {
    const signature = /Signature=([0-9a-f]{64})/.exec(request.headers.authorization ?? '')?.[1];
    if (signature === undefined) throw new Error('request was not signed');
    return signature;
  }

  /** Every string form of the error a user or a logger may see, cause chain included. */
  function views(error: unknown): string[] {
    const out = [String(error), JSON.stringify(error), inspect(error, { depth: 10 })];
    let current: unknown = error;
    while (current instanceof Error) {
      out.push(current.message, String(current.stack));
      if (current instanceof ApiError)
        out.push(JSON.stringify(current.body) ?? '', inspect(current.body, { depth: 10 }));
      current = current.cause;
      if (current !== undefined) out.push(inspect(current, { depth: 10 }));
    }
    return out;
  }

  function expectClean(error: unknown, signatures: readonly string[] = []): void {
    for (const view of views(error)) {
      for (const secret of [...CANARIES, ...signatures]) expect(view).not.toContain(secret);
      expect(view).not.toMatch(/Signature=[0-9a-f]{64}/);
    }
  }

  it('HSS AK/SK: the gateway quoting its canonical request, the Authorization header and more', async () => {
    server.respond((request) => ({
      status: 401,
      headers: { 'X-Request-Id': HEADER_REQUEST_ID },
      body: {
        error_code: 'APIGW.0301',
        error_msg:
          'Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:POST|' +
          `/v5/${PROJECT_ID}/image/local/batch-scan/||host:hss.cn-north-4.myhuaweicloud.com|` +
          `x-security-token:${request.headers['x-security-token']}|x-sdk-date:${request.headers['x-sdk-date']}||` +
          `host;x-security-token;x-sdk-date|44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a; ` +
          `authorization: ${request.headers.authorization}; ak ${CANARY.ak}`,
        request_id: HEADER_REQUEST_ID,
        // A debugging gateway echoing the request: header values, and secrets used as keys.
        echo: {
          headers: request.headers,
          [CANARY.sk]: [CANARY.securityToken, { nested: request.headers.authorization }],
        },
      },
    }));
    const error = await apiRejection(callHss());
    expectExactly(error, AuthenticationError);
    expect(error.code).toBe('APIGW.0301');
    expect(error.message).toContain('verify aksk signature fail');
    expect(error.message).toContain('***');
    expect(server.requests[0]?.headers['x-security-token']).toBe(CANARY.securityToken);
    expectClean(error, [signatureOf(server.requests[0] as CapturedRequest)]);
  });

  it('HSS IAM token: an echoed X-Auth-Token is masked', async () => {
    server.respond((request) => ({
      status: 401,
      headers: { 'X-Request-Id': HEADER_REQUEST_ID },
      body: {
        error_code: 'APIGW.0307',
        error_msg: `The token must be updated. X-Auth-Token: ${request.headers['x-auth-token']} token=${CANARY.authToken}`,
        echo: request.headers,
      },
    }));
    const error = await apiRejection(callHss(hss({ credentials: { authToken: CANARY.authToken } })));
    expectExactly(error, AuthenticationError);
    expect(server.requests[0]?.headers['x-auth-token']).toBe(CANARY.authToken);
    expectClean(error);
  });

  it('SAS: SignatureDoesNotMatch quoting the string to sign, the token and the Authorization header', async () => {
    server.respond((request) => ({
      status: 400,
      body: {
        RequestId: BODY_REQUEST_ID,
        HostId: 'tds.cn-shanghai.aliyuncs.com',
        Code: 'SignatureDoesNotMatch',
        Message:
          'Specified signature does not match our calculation. server string to sign is:ACS3-HMAC-SHA256\n' +
          `POST\n/\nOperateType=vul_fix&Type=cve\nx-acs-security-token:${request.headers['x-acs-security-token']}\n` +
          `authorization:${request.headers.authorization}\nAccessKeyId=${CANARY.accessKeyId} secret ${CANARY.accessKeySecret}`,
        Echo: { headers: request.headers, [CANARY.accessKeySecret]: CANARY.stsToken },
      },
    }));
    const error = await apiRejection(callSas());
    expectExactly(error, BadRequestError);
    expect(error.code).toBe('SignatureDoesNotMatch');
    expect(server.requests[0]?.headers['x-acs-security-token']).toBe(CANARY.stsToken);
    expectClean(error, [signatureOf(server.requests[0] as CapturedRequest)]);
  });

  it('SAS: an XML <Error> body echoing the credentials', async () => {
    server.respond((request) => ({
      status: 403,
      headers: { 'content-type': 'text/xml' },
      body:
        `<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>${BODY_REQUEST_ID}</RequestId><Code>NoPermission</Code>` +
        `<Message>denied for ${CANARY.accessKeyId} x-acs-security-token:${request.headers['x-acs-security-token']} ` +
        `Authorization=${request.headers.authorization}</Message><Secret>${CANARY.accessKeySecret}</Secret></Error>`,
    }));
    const error = await apiRejection(callSas());
    expectExactly(error, PermissionDeniedError);
    expect(error.requestId).toBe(BODY_REQUEST_ID);
    expectClean(error, [signatureOf(server.requests[0] as CapturedRequest)]);
  });

  it('an HTML error page of a proxy that dumps the request headers', async () => {
    server.respond((request) => ({
      status: 502,
      headers: { 'content-type': 'text/html', 'X-Request-Id': HEADER_REQUEST_ID },
      body:
        '<html><body><h1>502 Bad Gateway</h1><table>' +
        Object.entries(request.headers)
          .map(([name, value]) => `<tr><td>${name}</td><td>${value}</td></tr>`)
          .join('') +
        `</table><p>${CANARY.sk}</p></body></html>`,
    }));
    const error = await apiRejection(callHss());
    expectExactly(error, ServerError);
    expect(error.requestId).toBe(HEADER_REQUEST_ID);
    expectClean(error, [signatureOf(server.requests[0] as CapturedRequest)]);
  });

  // A captive portal answering 200 with a page: the error keeps a shortened, redacted copy. The
  // secret sits across the cut (200 characters), so shortening before masking would leave a piece.
  it('a 200 non-JSON page echoing a secret across the length cut leaves no piece of it', async () => {
    const padding = 'x'.repeat(190);
    server.respond({
      status: 200,
      headers: { 'content-type': 'text/html', 'X-Request-Id': HEADER_REQUEST_ID },
      body: `<p>${padding} ${CANARY.sk} ${CANARY.securityToken}</p>`,
    });
    const error = await apiRejection(hss().showImageSecurityReportStatistic({ security_report_type: 'apps' }));
    expectExactly(error, ApiError);
    expectClean(error);
    // No 8-character piece of either secret (the masked form is `***`).
    for (const view of views(error)) {
      for (const secret of [CANARY.sk, CANARY.securityToken]) expect(view).not.toContain(secret.slice(0, 8));
    }
  });
});

describe('transport failures', () => {
  it.each([
    // Node's http gives both as ECONNRESET ('socket hang up' for the first); Node's fetch said UND_ERR_SOCKET.
    ['closes the connection without answering', 'ECONNRESET', (socket: Socket) => socket.end()],
    ['resets the connection (TCP RST)', 'ECONNRESET', (socket: Socket) => socket.resetAndDestroy()],
  ])("a server that %s gives a ConnectionError with code %s (the README's examples)", async (_what, code, drop) => {
    const server = createServer((socket) => socket.once('data', () => drop(socket)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const error = await rejection(callHss(hss({ endpoint: url, maxRetries: 0 })));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).code).toBe(code);
    } finally {
      server.close();
    }
  });

  it('a closed port gives a ConnectionError with a redacted cause and no secrets', async () => {
    // Start and close a server to get a port nobody listens on.
    const closed = await startCaptureServer();
    const url = closed.url;
    await closed.close();

    for (const call of [() => callHss(hss({ endpoint: url })), () => callSas(sas({ endpoint: url }))]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).not.toBeInstanceOf(ApiError);
      const connection = error as ConnectionError;
      expect(connection.message).toContain('ECONNREFUSED');
      // The cause is a redacted stand-in that keeps fetch's error name and the socket error code.
      expect(connection.cause).toBeInstanceOf(Error);
      expect((connection.cause as Error).name).toBe('TypeError');
      expect(((connection.cause as Error).cause as { code?: unknown } | undefined)?.code).toBe('ECONNREFUSED');
      const text = [String(error), JSON.stringify(error), inspect(error, { depth: 10 })];
      for (const view of text) for (const secret of CANARIES) expect(view).not.toContain(secret);
    }
  });

  it.each([
    ['HSS, client option', () => callHss(hss({ timeoutMs: 200, maxRetries: 0 }))],
    ['HSS, call option', () => hss().batchScanLocalImage({}, { timeoutMs: 200, maxRetries: 0 })],
    ['SAS, client option', () => callSas(sas({ timeoutMs: 200, maxRetries: 0 }))],
    ['SAS, call option', () => sas().operateImageVul({}, { timeoutMs: 200, maxRetries: 0 })],
  ])('a hanging server gives a TimeoutError (%s)', async (_label, call) => {
    server.respond({ hang: true });
    const started = Date.now();
    const error = await rejection(call());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['HSS', (signal: AbortSignal) => hss().batchScanLocalImage({}, { signal })],
    ['SAS', (signal: AbortSignal) => sas().operateImageVul({}, { signal })],
  ])('a user abort in flight rejects with the signal reason, not TimeoutError (%s)', async (_label, call) => {
    server.respond({ hang: true });
    const controller = new AbortController();
    const reason = new Error('user gave up');
    const pending = rejection(call(controller.signal));
    // Abort once the request has reached the server, so it is really in flight.
    await vi.waitFor(() => expect(server.requests).toHaveLength(1), { interval: 5 });
    controller.abort(reason);
    const error = await pending;
    expect(error).toBe(reason);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });

  it('an abort without a reason rejects with the AbortError DOMException of the signal', async () => {
    server.respond({ hang: true });
    const controller = new AbortController();
    const pending = rejection(hss().batchScanLocalImage({}, { signal: controller.signal, timeoutMs: 10_000 }));
    await vi.waitFor(() => expect(server.requests).toHaveLength(1), { interval: 5 });
    controller.abort();
    const error = await pending;
    expect(error).toBe(controller.signal.reason);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('an already aborted signal rejects with its reason and sends nothing', async () => {
    const reason = new Error('cancelled before start');
    const signal = AbortSignal.abort(reason);
    await expect(hss().batchScanLocalImage({}, { signal })).rejects.toBe(reason);
    await expect(sas().operateImageVul({}, { signal })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});
