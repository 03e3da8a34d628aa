import * as assert from 'node:assert/strict';
import { classifyHttpError, parseErrorBody, parseRetryAfter } from '../../../src/net/errorParse';
import { createRedactor } from '../../../src/net/redact';

const now = new Date('2026-03-01T12:00:00Z');

describe('errorParse', () => {
  describe('parseErrorBody', () => {
    const shapes: Array<[string, string, ReturnType<typeof parseErrorBody>]> = [
      [
        'API gateway',
        '{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"r-1"}',
        { errorCode: 'APIGW.0301', message: 'Incorrect IAM authentication information: verify aksk signature fail', requestId: 'r-1' },
      ],
      ['DCS', '{"error_code":"DCS.4800","error_msg":"Invalid offset in the request.","error_ext_msg":null}', { errorCode: 'DCS.4800', message: 'Invalid offset in the request.', requestId: undefined }],
      ['DCS with only ext msg', '{"error_code":"DCS.5000","error_msg":"","error_ext_msg":"internal"}', { errorCode: 'DCS.5000', message: 'internal', requestId: undefined }],
      ['DMS', '{"error_code":"DMS.00404022","error_msg":"This instance does not exist."}', { errorCode: 'DMS.00404022', message: 'This instance does not exist.', requestId: undefined }],
      ['CodeArts Check', '{"error_code":"CC.00000003","error_msg":"The authentication information has expired"}', { errorCode: 'CC.00000003', message: 'The authentication information has expired', requestId: undefined }],
      ['ProjectMan', '{"error_code":"PM.00000001","error_msg":"bad project"}', { errorCode: 'PM.00000001', message: 'bad project', requestId: undefined }],
      ['IAM Keystone', '{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}', { errorCode: undefined, message: 'The request you have made requires authentication.', requestId: undefined }],
      ['Keystone with string code', '{"error":{"code":"IAM.0011","message":"","title":"Forbidden"}}', { errorCode: 'IAM.0011', message: 'Forbidden', requestId: undefined }],
    ];
    for (const [name, text, expected] of shapes) {
      it(`reads the ${name} shape`, () => assert.deepEqual(parseErrorBody(text), expected));
    }

    it('reads the title of an HTML error page', () => {
      const html = '<!DOCTYPE html>\n<html><head><title>502 Bad\n Gateway</title></head><body><h1>nginx</h1></body></html>';
      assert.equal(parseErrorBody(html).message, '502 Bad\n Gateway');
    });

    it('falls back to the h1 of an HTML page without a title', () => {
      assert.equal(parseErrorBody('<html><body><h1>Service <b>Unavailable</b></h1></body></html>').message, 'Service  Unavailable');
    });

    it('gives nothing for empty, whitespace and truncated JSON bodies', () => {
      assert.deepEqual(parseErrorBody(''), {});
      assert.deepEqual(parseErrorBody(' \n'), {});
      assert.deepEqual(parseErrorBody('{"error_code":"DMS.0040'), {});
    });

    it('uses the first line of a plain-text body', () => {
      assert.equal(parseErrorBody('upstream connect error\nreset reason: overflow').message, 'upstream connect error');
    });
  });

  describe('parseRetryAfter', () => {
    it('reads delta seconds and HTTP dates relative to the clock', () => {
      assert.equal(parseRetryAfter('3', now), 3000);
      assert.equal(parseRetryAfter(' 0 ', now), 0);
      assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:00:07 GMT', now), 7000);
      assert.equal(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now), 0);
    });
    it('ignores missing or malformed values', () => {
      for (const v of [undefined, '', '-1', '1.5', 'soon', 'Mon, 99 Foo 2026']) assert.equal(parseRetryAfter(v, now), undefined, String(v));
    });
  });

  describe('classifyHttpError', () => {
    const classify = (status: number, body: string, headers: Record<string, string> = {}) =>
      classifyHttpError({ status, headers, bodyText: body, now, operation: 'dms.listTasks' });

    const kinds: Array<[number, string, string]> = [
      [401, '{"error_code":"APIGW.0301","error_msg":"verify aksk signature fail"}', 'auth'],
      [403, '{"error_code":"DMS.00403003","error_msg":"no permission"}', 'forbidden'],
      [404, '{"error_code":"DMS.00404022","error_msg":"This instance does not exist."}', 'notFound'],
      [404, '{"error_code":"DMS.10240407","error_msg":"request is too frequent, flow control"}', 'throttled'],
      [429, '{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"}', 'throttled'],
      [400, '{"error_code":"DCS.4800","error_msg":"Invalid offset in the request."}', 'badInput'],
      [500, '', 'server'],
      [502, '<html><title>Bad Gateway</title></html>', 'server'],
      [503, '{"error_code":"APIGW.0202"}', 'server'],
      [302, '', 'badResponse'],
    ];
    for (const [status, body, kind] of kinds) {
      it(`${status} ${body.slice(0, 40)} → ${kind}`, () => assert.equal(classify(status, body).kind, kind));
    }

    it('writes a short human message with status and code, and keeps the details', () => {
      const e = classify(403, '{"error_code":"DMS.00403003","error_msg":"The role  lacks\\n permission.","request_id":"body-id"}', {
        'x-request-id': 'hdr-id',
        'retry-after': '4',
      });
      assert.equal(e.message, 'Access denied (403 DMS.00403003): The role lacks permission.');
      assert.equal(e.status, 403);
      assert.equal(e.errorCode, 'DMS.00403003');
      assert.equal(e.requestId, 'hdr-id');
      assert.equal(e.retryAfterMs, 4000);
      assert.equal(e.operation, 'dms.listTasks');
    });

    it('takes the request id from the body when the header is absent', () => {
      assert.equal(classify(401, '{"error_code":"APIGW.0301","error_msg":"x","request_id":"body-id"}').requestId, 'body-id');
    });

    it('names a redirect and its target host without following it', () => {
      const e = classify(301, '', { location: 'https://elsewhere.example.com/login?next=1' });
      assert.match(e.message, /redirect.*elsewhere\.example\.com/);
    });

    it('shortens a huge message', () => {
      const e = classify(500, JSON.stringify({ error_msg: 'x'.repeat(5000) }));
      assert.ok(e.message.length < 400);
    });

    it('flags clock skew on a 401 when the server Date is more than 15 minutes off', () => {
      const skewed = classify(401, '{"error_code":"APIGW.0301","error_msg":"verify aksk signature fail"}', {
        date: new Date(now.getTime() + 20 * 60_000).toUTCString(),
      });
      assert.equal(skewed.clockSkew, true);
      assert.match(skewed.message, /clock is about 20 minutes off/);
      const close = classify(401, '{}', { date: new Date(now.getTime() - 14 * 60_000).toUTCString() });
      assert.equal(close.clockSkew, undefined);
      const notAuth = classify(403, '{}', { date: new Date(now.getTime() + 60 * 60_000).toUTCString() });
      assert.equal(notAuth.clockSkew, undefined);
    });

    it('masks a secret the server echoes back', () => {
      const e = classifyHttpError({
        status: 401,
        headers: {},
        bodyText: '{"error_msg":"bad key AKEXAMPLE123"}',
        now,
        redact: createRedactor(['AKEXAMPLE123']),
      });
      assert.doesNotMatch(e.message, /AKEXAMPLE123/);
      assert.match(e.message, /\*\*\*/);
    });

    it('masks a secret that straddles the point where a long message is cut', () => {
      const secret = 'SECRETKEYVALUE0123456789';
      for (let pad = 270; pad < 310; pad++) {
        const e = classifyHttpError({
          status: 500,
          headers: {},
          bodyText: JSON.stringify({ error_msg: 'x'.repeat(pad) + secret }),
          now,
          redact: createRedactor([secret]),
        });
        assert.doesNotMatch(e.message, /SECRETKEY/, `padding ${pad}`);
      }
    });
  });
});
