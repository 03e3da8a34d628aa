import * as assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { runBulkDelete } from '../../../src/deletion/bulkDelete';
import { createApiClient } from '../../../src/net/client';
import { isCloudError } from '../../../src/net/errors';
import type { Credentials } from '../../../src/net/signer';
import { listAllTasks } from '../../../src/services/listAll';
import { listProjects } from '../../../src/services/iam';
import { allServices } from '../../../src/services/registry';
import type { Project } from '../../../src/services/types';
import { createMemoryLogger } from '../../helpers/memoryLogger';
import { deleterFor, listTargets } from '../../helpers/reliabilityBulk';
import { FAST_TIMEOUTS, startReliabilityFixture, type ReliabilityFixture } from '../../helpers/reliabilityFixture';
import { tallied } from '../../helpers/reliabilityTally';
import { HOME_REGION } from '../../helpers/servicesEmulator';

/** Keys whose base64 and URL-encoded forms all differ from the raw ones. */
const KEYS: Required<Credentials> = {
  accessKey: 'HPUAKRELIABILITY0001',
  secretKey: 'Rel+/9=Secret Key/ü~0123456789abcdefXYZ',
  securityToken: 'gQpjbi1ub3J0aC00+/=TokenBody 0123456789~ü',
};

/** Every spelling a key could leak in, computed here rather than borrowed from the redactor under test. */
function leakForms(secret: string): string[] {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  return [
    secret,
    b64,
    b64.replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
    encodeURIComponent(secret),
    new URLSearchParams({ k: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ];
}

const FORMS = [...new Set(Object.values(KEYS).flatMap(leakForms))];

function leaks(text: string): string[] {
  return FORMS.filter((f) => text.includes(f));
}

describe('reliability: keys never leave the client', () => {
  let fx: ReliabilityFixture;
  before(async () => {
    fx = await startReliabilityFixture({ keys: [{ accessKey: KEYS.accessKey, secretKey: KEYS.secretKey }], instances: 1, tasks: 12 });
  });
  after(() => fx.stop());

  it('a whole run at trace level, failures included, holds no key in any log line or error', () =>
    tallied('keys', 'full run at trace', async () => {
      const { logger, lines } = createMemoryLogger();
      const client = createApiClient({
        credentials: KEYS,
        endpoints: { cloud: 'custom', template: fx.emulator.endpointTemplate },
        logger,
        timeouts: FAST_TIMEOUTS,
        retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 },
        proxy: { env: {} },
      });
      const errors: unknown[] = [];
      const keep = (e: unknown): void => void errors.push(e);
      try {
        const projects = await listProjects(client, HOME_REGION);
        const home = projects.find((p) => p.name === HOME_REGION) as Project;
        for (const s of allServices) {
          const page = await s.listContainers({ client, project: home });
          for (const c of page.items) await listAllTasks(s, { client, project: home }, c);
        }
        // Failures of every kind, one of them a server that echoes the keys back in its message.
        const echo = `AK ${KEYS.accessKey} SK ${KEYS.secretKey} token ${KEYS.securityToken} b64 ${Buffer.from(KEYS.secretKey).toString('base64')} url ${encodeURIComponent(KEYS.secretKey)}`;
        fx.emulator.setFaults([
          { service: 'iam', count: 1, action: { kind: 'status', status: 400, errorCode: `X.${KEYS.accessKey}`, errorMsg: echo } },
          { service: 'iam', count: 2, action: { kind: 'status', status: 500 } },
          { service: 'iam', count: 2, action: { kind: 'reset', at: 'beforeResponse' } },
          { service: 'iam', count: 1, action: { kind: 'html', status: 502 } },
          { service: 'iam', count: 1, action: { kind: 'truncatedJson' } },
          { method: 'DELETE', probability: 0.4, action: { kind: 'status', status: 503 } },
          { method: 'DELETE', probability: 0.2, action: { kind: 'reset', at: 'midBody' } },
        ]);
        for (let i = 0; i < 6; i++) await listProjects(client, HOME_REGION).catch(keep);
        const targets = await listTargets(fx.emulator, client, home);
        const summary = await runBulkDelete(targets, deleterFor(client, home), { concurrency: 4 });
        errors.push(...summary.outcomes.map((o) => o.error).filter((e) => e !== undefined));
        fx.emulator.clearFaults();
        // Wrong secret (401) and a clock far off (401 with a skew hint).
        const wrong = createApiClient({ credentials: { ...KEYS, secretKey: `${KEYS.secretKey}x` }, endpoints: { cloud: 'custom', template: fx.emulator.endpointTemplate }, logger, proxy: { env: {} } });
        await listProjects(wrong, HOME_REGION).catch(keep);
        await wrong.close();
        fx.emulator.setClockOffset(40 * 60_000);
        await listProjects(client, HOME_REGION).catch(keep);
      } finally {
        fx.emulator.reset();
        await client.close();
      }

      assert.ok(errors.length >= 6, `failures happened (${errors.length})`);
      assert.ok(errors.every((e) => isCloudError(e)), 'every failure is a CloudError');
      assert.ok(lines.some((l) => l.level === 'trace'), 'trace lines were written');
      assert.ok(lines.some((l) => /\*\*\*/.test(l.text)), 'the echoed keys were masked, not dropped silently');
      for (const l of lines) assert.deepEqual(leaks(l.text), [], `log line: ${l.text.slice(0, 200)}`);
      for (const e of errors) {
        const err = e as Error;
        for (const text of [err.message, String(err.stack), JSON.stringify(err), inspect(err, { depth: 6 })]) {
          assert.deepEqual(leaks(text), [], `error: ${err.message}`);
        }
      }
    }));

  for (const minutes of [16, -16, 60 * 24]) {
    it(`a clock ${minutes} minutes off gives an auth error that says the clock is off`, () =>
      tallied('keys', 'clock skew', async () => {
        const { client } = fx.client({ credentials: KEYS });
        fx.emulator.setClockOffset(minutes * 60_000);
        try {
          await assert.rejects(listProjects(client, HOME_REGION), (e) => isCloudError(e, 'auth') && e.clockSkew === true && /clock/i.test(e.message));
        } finally {
          fx.emulator.setClockOffset(0);
          await client.close();
        }
      }));
  }

  it('a clock 10 minutes off is within tolerance', () =>
    tallied('keys', 'clock skew', async () => {
      const { client } = fx.client({ credentials: KEYS });
      fx.emulator.setClockOffset(10 * 60_000);
      try {
        assert.ok((await listProjects(client, HOME_REGION)).length > 0);
      } finally {
        fx.emulator.setClockOffset(0);
        await client.close();
      }
    }));
});
