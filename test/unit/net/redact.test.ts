import * as assert from 'node:assert/strict';
import type { ApiRequest } from '../../../src/net/api';
import { CloudError } from '../../../src/net/errors';
import { createRedactor, redactHeaders, REDACTED } from '../../../src/net/redact';
import { clientFor } from '../../helpers/netClient';
import { json, refusedPort, startServer, TestServer } from '../../helpers/httpServer';

const AK = 'QTWAOYTTINDUT2QVKYUC';
const SK = 'MFyfvK41ba2giqM7Uio6P/zT+6ODn=wl yü~8'; // '+', '/', '=', space and non-ASCII: every encoding differs
const TOKEN = 'gQpJb2xlZ+token/with=chars';
const credentials = { accessKey: AK, secretKey: SK, securityToken: TOKEN };

/** The spellings a careless log line could carry, computed here independently of the redactor. */
function forbidden(): string[] {
  return [AK, SK, TOKEN].flatMap((s) => [
    s,
    Buffer.from(s).toString('base64'),
    Buffer.from(s).toString('base64url'),
    encodeURIComponent(s),
    encodeURIComponent(s).replace(/%20/g, '+'),
  ]);
}

function assertClean(text: string, where: string): void {
  for (const f of forbidden()) assert.ok(!text.includes(f), `${where} contains a secret form ${JSON.stringify(f.slice(0, 6))}…`);
}

function errorText(e: unknown): string {
  assert.ok(e instanceof CloudError, String(e));
  return [e.message, e.stack ?? '', JSON.stringify({ ...e }), String((e.cause as Error | undefined)?.message ?? '')].join('\n');
}

describe('redaction', () => {
  it('masks every form of a secret in free text', () => {
    const redact = createRedactor([SK, undefined, '']);
    for (const f of [SK, Buffer.from(SK).toString('base64'), encodeURIComponent(SK), Buffer.from(SK).toString('base64url')]) {
      assert.equal(redact(`a ${f} b ${f}`), `a ${REDACTED} b ${REDACTED}`);
    }
    assert.equal(redact('nothing secret here'), 'nothing secret here');
  });

  it('masks credential headers by name and redacts the others', () => {
    const out = redactHeaders(
      { Authorization: 'SDK-HMAC-SHA256 Access=x', 'X-Security-Token': 't', 'x-auth-token': 'u', 'x-echo': `k=${AK}`, host: 'h' },
      createRedactor([AK]),
    );
    assert.deepEqual(out, { Authorization: REDACTED, 'X-Security-Token': REDACTED, 'x-auth-token': REDACTED, 'x-echo': `k=${REDACTED}`, host: 'h' });
  });

  describe('through the client, at trace level', () => {
    let server: TestServer;
    beforeEach(async () => {
      server = await startServer();
    });
    afterEach(() => server.close());

    const request: ApiRequest = { service: 'dms', region: 'cn-north-4', method: 'GET', path: ['v2', 'p', 'instances'], projectId: 'p' };

    it('never logs or throws a key, on success, retries, echoed errors and network failures', async () => {
      const echoed = [SK, Buffer.from(SK).toString('base64'), encodeURIComponent(SK), AK, TOKEN].join(' | ');
      server.handle((req, res) => {
        const echo = { 'x-echo-auth': String(req.headers.authorization), 'x-echo-token': String(req.headers['x-security-token']) };
        const n = server.requests.length;
        if (n === 1) return json(res, 200, { ok: true }, { ...echo, 'x-request-id': 'r1' });
        if (n === 2) return json(res, 500, { error_code: 'SYS.500', error_msg: `boom ${echoed}` }, echo);
        return json(res, 401, { error_code: 'APIGW.0301', error_msg: `bad key ${echoed}`, request_id: AK }, echo);
      });
      const { client, lines } = clientFor(server.origin, { credentials });
      const errors: string[] = [];
      await client.send(request);
      await client.send(request).catch((e: unknown) => errors.push(errorText(e)));
      await client.close();

      const refused = clientFor(`http://127.0.0.1:${await refusedPort()}`, { credentials, retry: { maxRetries: 1 } });
      await refused.client.send(request).catch((e: unknown) => errors.push(errorText(e)));
      await refused.client.close();

      const logged = [...lines, ...refused.lines].map((l) => l.text);
      assert.ok(logged.some((l) => l.includes('request headers') && l.includes(`"Authorization":"${REDACTED}"`)), 'headers are logged at trace');
      assert.ok(logged.some((l) => l.includes('response headers') && l.includes('x-echo-auth')), 'response headers are logged at trace');
      assert.equal(errors.length, 2);
      assert.ok(errors[0]!.includes('bad key'), 'the server message itself is kept');
      for (const [i, text] of logged.entries()) assertClean(text, `log line ${i}`);
      for (const [i, text] of errors.entries()) assertClean(text, `error ${i}`);
    });
  });
});
