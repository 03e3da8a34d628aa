import * as assert from 'node:assert/strict';
import type { Logger, VerboseLevel } from '../../../src/log/logger';
import { createRedactor, type Redactor } from '../../../src/net/redact';
import { logAttempt, logRequestHeaders } from '../../../src/net/requestLog';
import { startServer, TestServer } from '../../helpers/httpServer';
import { type LogLine } from '../../helpers/memoryLogger';
import { clientFor, TEST_CREDENTIALS } from '../../helpers/netClient';

/** A logger that keeps only the levels it is told to, and counts what was asked of it. */
function spyLogger(on: ReadonlySet<VerboseLevel>): { logger: Logger; lines: LogLine[]; asked: VerboseLevel[] } {
  const lines: LogLine[] = [];
  const asked: VerboseLevel[] = [];
  const at = (level: LogLine['level']) => (message: string | Error) => {
    lines.push({ level, text: String(message) });
  };
  const logger: Logger = {
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    isEnabled: (level) => {
      asked.push(level);
      return on.has(level);
    },
  };
  return { logger, lines, asked };
}

/** A redactor that records every text it was given. */
function spyRedactor(): { redact: Redactor; seen: string[] } {
  const real = createRedactor([TEST_CREDENTIALS.accessKey, TEST_CREDENTIALS.secretKey]);
  const seen: string[] = [];
  return {
    redact: (text) => {
      seen.push(text);
      return real(text);
    },
    seen,
  };
}

const HEADER_MARK = 'header-value-7q2';
const line = { method: 'GET', url: 'http://127.0.0.1:1/dcs/r1/v2/x', attempt: 1, attempts: 4 };
const headers = { 'x-custom': HEADER_MARK, 'x-request-id': 'rid-1', authorization: `SDK-HMAC-SHA256 Access=${TEST_CREDENTIALS.accessKey}` };

describe('request log: lines of a level the logger drops are not built', () => {
  it('with trace off, request and response headers are never redacted or written', () => {
    const { logger, lines } = spyLogger(new Set(['debug']));
    const { redact, seen } = spyRedactor();
    logRequestHeaders(logger, redact, line, headers);
    logAttempt(logger, redact, line, 12, { status: 200, headers });
    assert.deepEqual(lines.map((l) => l.level), ['debug'], 'only the attempt line');
    assert.ok(seen.length > 0, 'the debug line was still redacted');
    assert.ok(!seen.some((t) => t.includes(HEADER_MARK)), 'no header value went through the redactor');
  });

  it('with trace and debug off, nothing at all is built', () => {
    const { logger, lines } = spyLogger(new Set());
    const { redact, seen } = spyRedactor();
    logRequestHeaders(logger, redact, line, headers);
    logAttempt(logger, redact, line, 12, { status: 200, headers });
    assert.deepEqual(lines, []);
    assert.deepEqual(seen, []);
  });

  it('with trace on, header lines are written with credentials masked', () => {
    const { logger, lines } = spyLogger(new Set(['trace', 'debug']));
    const { redact, seen } = spyRedactor();
    logRequestHeaders(logger, redact, line, headers);
    logAttempt(logger, redact, line, 12, { status: 200, headers });
    assert.deepEqual(lines.map((l) => l.level), ['trace', 'debug', 'trace']);
    assert.ok(seen.some((t) => t.includes(HEADER_MARK)), 'header values went through the redactor');
    for (const l of lines.filter((x) => x.level === 'trace')) {
      assert.match(l.text, new RegExp(HEADER_MARK));
      assert.match(l.text, /"authorization":"\*\*\*"/);
      assert.ok(!l.text.includes(TEST_CREDENTIALS.accessKey), l.text);
    }
  });

  it('a logger without isEnabled gets every line, as before', () => {
    const { logger, lines } = spyLogger(new Set());
    const { isEnabled: _dropped, ...plain } = logger;
    logRequestHeaders(plain, (t) => t, line, headers);
    logAttempt(plain, (t) => t, line, 12, { status: 200, headers });
    assert.deepEqual(lines.map((l) => l.level), ['trace', 'debug', 'trace']);
  });
});

describe('client: asks the logger before building header lines', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());

  for (const trace of [false, true]) {
    it(`with trace ${trace ? 'on' : 'off'}, a request writes ${trace ? 'its request and response headers' : 'no trace line'}`, async () => {
      const spy = spyLogger(new Set<VerboseLevel>(trace ? ['trace', 'debug'] : ['debug']));
      const { client } = clientFor(server.origin, { logger: spy.logger });
      try {
        await client.send({ service: 'dcs', region: 'r1', method: 'GET', path: ['v2', 'x'] });
      } finally {
        await client.close();
      }
      assert.ok(spy.asked.includes('trace'), 'the client asked whether trace is on');
      const traces = spy.lines.filter((l) => l.level === 'trace');
      assert.equal(traces.length, trace ? 2 : 0);
      assert.equal(spy.lines.filter((l) => l.level === 'debug').length, 1, 'the attempt line is kept either way');
      for (const t of traces) {
        assert.ok(!t.text.includes(TEST_CREDENTIALS.accessKey), 'no key in a trace line');
      }
    });
  }
});
