// Secret request fields (`format: password`) masked wherever a request is shown, from the paths the
// codegen puts in the operation table, not from names: test-only operations declared in YAML (a
// query parameter, a header, a secret inside a JSON-text parameter, a JSON body, a form body with a
// list of secrets) are generated into a table entry and a validator, installed on a bare client and
// called against a loopback server. Debug lines, errors (the server's echo, a failing fetch, a
// refused input), ValidationError violations and a dry run never show the canary password, in any
// encoding.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { operationTable } from '../../scripts/codegen/operations.js';
import { requestSchemas } from '../../scripts/codegen/validators.js';
import { DryRun, DRY_RUN_STOP } from '../../src/cli/dry-run.js';
import { bindOperations, installOperationMethods } from '../../src/core/call/method.js';
import { endpointClient } from '../../src/core/call/transport.js';
import { clientLimits } from '../../src/core/call-options.js';
import type { OperationEntry } from '../../src/core/operation-types.js';
import { maskParts, Redactor, secretValues } from '../../src/core/redact.js';
import { validator } from '../../src/core/request-validator.js';
import { sasRequestSigner, sasSecrets, type SasCredentials } from '../../src/sas/authentication.js';
import { sasResponses } from '../../src/sas/responses.js';
import { useCaptureServer } from '../helpers/capture-server.js';
import { CANARY, expectNoSecrets, views } from '../helpers/canaries.js';

const PASSWORD = CANARY.registryPassword;
// Every form the password takes in a request contains this, whatever the encoding.
const MARK = 'CANARYPWq7';
const TOKEN = 'CANARYTOKq8-quay-robot-token';
const SHORT = 'pw1';

/** Fails if the password or the token shows in any view of any value, in any encoding. */
function expectMasked(...values: unknown[]): void {
  expectNoSecrets(...values);
  for (const value of values) {
    for (const view of views(value)) {
      expect(view, 'the canary password leaked').not.toContain(MARK);
      expect(view, 'the canary token leaked').not.toContain('CANARYTOKq8');
    }
  }
}

const SPEC = `openapi: 3.1.0
info: { title: secrets, version: '1' }
paths:
  /registries:
    post:
      operationId: AddTestRegistry
      x-imagesec-safe-to-repeat: { safe: false, reason: a test operation that creates }
      parameters:
        - name: Password
          in: query
          schema: { type: string, format: password, writeOnly: true, maxLength: 64 }
        - name: X-Registry-Token
          in: header
          schema: { type: string, format: password, writeOnly: true }
        - name: Extra
          in: query
          schema:
            type: string
            contentMediaType: application/json
            contentSchema: { $ref: '#/components/schemas/Extra' }
        - name: Name
          in: query
          schema: { type: string }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                registry:
                  type: object
                  properties:
                    user: { type: string }
                    password: { type: string, format: password, writeOnly: true }
                tokens: { type: array, items: { type: string, format: password, writeOnly: true } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /form:
    post:
      operationId: AddFormRegistry
      x-imagesec-safe-to-repeat: { safe: false, reason: a test operation that creates }
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                User: { type: string }
                Password: { type: string, format: password, writeOnly: true }
                Tokens: { type: array, items: { type: string, format: password, writeOnly: true } }
            encoding:
              Tokens: { x-imagesec-style: repeatList }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
components:
  schemas:
    Extra:
      type: array
      items:
        type: object
        properties:
          namespace: { type: string }
          authToken: { type: string, format: password, writeOnly: true }
`;

const TABLE = Object.fromEntries(operationTable(SPEC).map((entry) => [entry.operationId, entry])) as Record<
  string,
  OperationEntry
>;
const VALIDATORS = Object.fromEntries(
  requestSchemas(SPEC).map(({ operationId, checked }) => [`validate${operationId}`, validator(checked)]),
);

const server = useCaptureServer();
const KEY: SasCredentials = { accessKeyId: 'LTAI5tSecretsKey01', accessKeySecret: 'secrets-test-secret-01' };

interface TestClient {
  addTestRegistry(input: object, options?: object): Promise<unknown>;
  addFormRegistry(input: object, options?: object): Promise<unknown>;
}

/** A bare client of the test operations over the SAS wiring, logging debug lines into `lines`. */
function client(lines: string[], fetch?: typeof globalThis.fetch): TestClient {
  class Client {}
  installOperationMethods(Client.prototype, TABLE, VALIDATORS);
  const instance = new Client();
  bindOperations(instance, {
    wiring: {
      cloud: 'sas',
      provider: 'alibaba_cloud',
      http: endpointClient(server.url, fetch),
      credentials: () => Promise.resolve(KEY),
      secrets: sasSecrets,
      signer: sasRequestSigner,
      vendor: sasResponses,
      limits: clientLimits({ debug: true, logger: (line) => lines.push(line), maxRetries: 0 }, {}),
    },
    defaults: {},
  });
  return instance as unknown as TestClient;
}

const INPUT = {
  Password: PASSWORD,
  'X-Registry-Token': TOKEN,
  Extra: [{ namespace: 'team-a', authToken: TOKEN }],
  Name: 'harbor-prod',
  body: { registry: { user: 'robot', password: PASSWORD }, tokens: [TOKEN, SHORT] },
};

describe('the table says where the secrets are', () => {
  it('finds format: password in a query, a header, a JSON-text parameter, a JSON body and a form body', () => {
    expect(TABLE.AddTestRegistry?.secrets).toEqual([
      ['query', 'Password'],
      ['header', 'X-Registry-Token'],
      ['query', 'Extra', '*', 'authToken'],
      ['body', 'registry', 'password'],
      ['body', 'tokens', '*'],
    ]);
    expect(TABLE.AddFormRegistry?.secrets).toEqual([
      ['form', 'Password'],
      ['form', 'Tokens', '*'],
    ]);
  });
});

describe('redact.ts with request secrets', () => {
  const paths = TABLE.AddTestRegistry!.secrets;
  const parts = {
    query: { Password: PASSWORD, Extra: JSON.stringify(INPUT.Extra), Name: 'n' },
    header: { 'X-Registry-Token': TOKEN },
    body: INPUT.body,
  };

  it('reads the secret values at the paths, inside JSON text too', () => {
    expect(new Set(secretValues(parts, paths))).toEqual(new Set([PASSWORD, TOKEN, SHORT]));
  });

  it('masks them as data whatever their length, leaving the rest as it was', () => {
    expect(maskParts(parts, paths)).toEqual({
      query: { Password: '***', Extra: '[{"namespace":"team-a","authToken":"***"}]', Name: 'n' },
      header: { 'X-Registry-Token': '***' },
      body: { registry: { user: 'robot', password: '***' }, tokens: ['***', '***'] },
    });
  });

  it('masks each value in text in every form a request carries it', () => {
    const redactor = new Redactor([]).with([PASSWORD]);
    for (const form of [
      PASSWORD,
      JSON.stringify(PASSWORD).slice(1, -1),
      encodeURIComponent(PASSWORD),
      encodeURIComponent(PASSWORD).replace(/\*/g, '%2A'),
      encodeURIComponent(JSON.stringify(PASSWORD).slice(1, -1)),
    ]) {
      expect(redactor.text(`before ${form} after`)).toBe('before *** after');
    }
  });

  it('masks a URL query, a form body and a JSON body by path (a short secret too)', () => {
    const redactor = new Redactor([]);
    const formPaths = TABLE.AddFormRegistry!.secrets;
    expect(
      redactor.url(`https://h/x?Name=n&Password=${SHORT}&Extra=${encodeURIComponent('[{"authToken":"t0"}]')}`, paths),
    ).toBe(`https://h/x?Name=n&Password=***&Extra=${encodeURIComponent('[{"authToken":"***"}]')}`);
    expect(
      redactor.body(`User=u&Password=${SHORT}&Tokens.1=a&Tokens.2=b`, 'application/x-www-form-urlencoded', formPaths),
    ).toBe('User=u&Password=***&Tokens.1=***&Tokens.2=***');
    expect(redactor.body(JSON.stringify(INPUT.body), 'application/json; charset=utf-8', paths)).toBe(
      '{"registry":{"user":"robot","password":"***"},"tokens":["***","***"]}',
    );
    expect(redactor.header('x-registry-token', SHORT, paths)).toBe('***');
  });
});

describe('through a client', () => {
  it('debug lines and the error of an answer that echoes the password show neither secret', async () => {
    server.respond({
      status: 400,
      body: { RequestId: 'R-1', Code: 'InvalidParameter', Message: `bad password ${PASSWORD} and token ${TOKEN}` },
    });
    const lines: string[] = [];
    const error = await client(lines)
      .addTestRegistry(INPUT)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BadRequestError', code: 'InvalidParameter' });
    expect((error as Error).message).toContain('bad password *** and token ***');
    // The request went out with the secrets, as it must; only what is shown is masked.
    const [sent] = server.requests;
    expect(new URL(sent!.target, server.url).searchParams.get('Password')).toBe(PASSWORD);
    expect(lines.some((line) => line.includes('Password=***'))).toBe(true);
    expectMasked(error, lines);
  });

  it('a short password (under six characters) is masked in the debug URL by its place', async () => {
    server.respond({ status: 200, body: {} });
    const lines: string[] = [];
    await client(lines).addTestRegistry({ Password: SHORT, Name: 'n' });
    expect(lines.join('\n')).toContain('Password=***');
    expect(lines.join('\n')).not.toContain(`Password=${SHORT}`);
  });

  it('a fetch failure that repeats the request shows neither secret', async () => {
    const failing: typeof globalThis.fetch = (input) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return Promise.reject(new TypeError('fetch failed', { cause: new Error(`could not send ${url} ${TOKEN}`) }));
    };
    const lines: string[] = [];
    const error = await client(lines, failing)
      .addTestRegistry(INPUT)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectionError' });
    expectMasked(error, lines);
  });

  it('a refused input names the secret field, never its value', async () => {
    const lines: string[] = [];
    const tooLong = `${PASSWORD}${'x'.repeat(64)}`;
    const error = await client(lines)
      .addTestRegistry({ ...INPUT, Password: tooLong, body: { registry: { password: 7 } } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError' });
    expect((error as { violations: unknown }).violations).toEqual([
      { path: 'Password', message: 'must be at most 64 characters long' },
      { path: 'body.registry.password', message: 'must be a string' },
    ]);
    expect(inspect(error)).not.toContain(MARK);
    expectMasked(error, lines);
    expect(server.requests).toHaveLength(0);
  });

  it('a form body carries the secrets, and its dry run shows them masked', async () => {
    server.respond({ status: 200, body: {} });
    await client([]).addFormRegistry({ User: 'robot', Password: PASSWORD, Tokens: [TOKEN, SHORT] });
    expect(server.requests[0]!.body.toString()).toBe(
      `User=robot&Password=${encodeURIComponent(PASSWORD)}&Tokens.1=${TOKEN}&Tokens.2=${SHORT}`,
    );

    const dryRun = new DryRun(sasSecrets(KEY), TABLE.AddFormRegistry!.secrets);
    const stopped = await client([], dryRun.fetch)
      .addFormRegistry({ User: 'robot', Password: PASSWORD, Tokens: [TOKEN, SHORT] }, { signal: dryRun.signal })
      .catch((e: unknown) => e);
    expect(stopped).toBe(DRY_RUN_STOP);
    expect(dryRun.captured?.body).toBe('User=robot&Password=***&Tokens.1=***&Tokens.2=***');
    expectMasked(dryRun.captured);
  });

  it('a dry run masks the query, the JSON-text parameter, the header and the JSON body', async () => {
    const dryRun = new DryRun(sasSecrets(KEY), TABLE.AddTestRegistry!.secrets);
    const stopped = await client([], dryRun.fetch)
      .addTestRegistry(INPUT, { signal: dryRun.signal })
      .catch((e: unknown) => e);
    expect(stopped).toBe(DRY_RUN_STOP);
    const captured = dryRun.captured!;
    expect(new URL(captured.url).searchParams.get('Password')).toBe('***');
    expect(JSON.parse(new URL(captured.url).searchParams.get('Extra')!)).toEqual([
      { namespace: 'team-a', authToken: '***' },
    ]);
    expect(new URL(captured.url).searchParams.get('Name')).toBe('harbor-prod');
    expect(Object.fromEntries(captured.headers)['x-registry-token']).toBe('***');
    expect(JSON.parse(captured.body!)).toEqual({
      registry: { user: 'robot', password: '***' },
      tokens: ['***', '***'],
    });
    expectMasked(captured);
  });
});
