import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { ApiClient } from '../../../src/net/api';
import { CloudError } from '../../../src/net/errors';
import { checkCredentials, listProjects, listRegionNames } from '../../../src/services/iam';
import { allServices } from '../../../src/services/registry';
import { json, startServer, type TestServer } from '../../helpers/httpServer';
import { clientFor } from '../../helpers/netClient';
import { params } from '../../helpers/reliabilityInput';
import { tallyCase } from '../../helpers/reliabilityTally';
import { deleteOrThrow, sampleCodeArtsProject, sampleInstance, scopeWith } from '../../helpers/servicesStub';

const TASK_ID = 'ff80808172bd9eab0172c18ad7cf0064';

/** Every call of the service layer, all aimed at the same answering server. */
function operations(client: ApiClient): Array<() => Promise<unknown>> {
  const scope = scopeWith(client);
  const ops: Array<() => Promise<unknown>> = [
    () => listProjects(client, 'cn-north-4'),
    () => listRegionNames(client, 'cn-north-4', 'en-us'),
    () => checkCredentials(client, 'cn-north-4'),
  ];
  for (const s of allServices) {
    const container = s.id === 'codeartsCheck' ? sampleCodeArtsProject : sampleInstance;
    ops.push(() => s.listContainers(scope), () => s.listTasks(scope, container), () => deleteOrThrow(s.deleteTask(scope, container, TASK_ID)));
    const { getTask, getProgress } = s;
    if (getTask) ops.push(() => getTask(scope, container, TASK_ID));
    if (getProgress) ops.push(() => getProgress(scope, container, TASK_ID));
  }
  return ops;
}

const KEYS = ['tasks', 'task_count', 'instances', 'instance_num', 'projects', 'regions', 'total', 'id', 'name', 'status', 'task_id', 'project_id', 'error_code', 'error_msg', 'error', 'request_id'];
const shaped: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;

interface Answer {
  readonly status: number;
  /** Sent as is: JSON, or any text at all. */
  readonly text: string;
}

const answer: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom(200, 200, 200, 201, 400, 401, 403, 404, 409, 429, 500, 503),
  text: fc.oneof(shaped.map((v) => JSON.stringify(v) ?? ''), fc.json(), fc.string({ unit: 'binary', maxLength: 60 })),
});

describe('reliability: fuzzed API responses over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  it('whatever the server answers, the service layer fails only with CloudError', async () => {
    const { client } = clientFor(server.origin, { retry: { maxRetries: 0 } });
    try {
      await fc.assert(
        fc.asyncProperty(answer, async ({ status, text }) => {
          server.handle((_req, res) => {
            res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
            res.end(text);
          });
          for (const op of operations(client)) {
            const tally = tallyCase('bad input', 'fuzzed responses');
            await op().catch((e: unknown) => assert.ok(e instanceof CloudError, `${String(e)} for ${status} ${text}`));
            tally.pass();
          }
        }),
        params(120),
      );
    } finally {
      server.handle((_req, res) => json(res, 200, {}));
      await client.close();
    }
  });
});
