import * as assert from 'node:assert/strict';
import { CloudError, isCloudError } from '../../../src/net/errors';
import { codeartsCheckService } from '../../../src/services/codeartsCheck';
import { listCodeArtsProjects } from '../../../src/services/projectman';
import type { Project } from '../../../src/services/types';
import { startServiceFixture } from '../../helpers/servicesEmulator';
import { sampleProject, stubClient } from '../../helpers/servicesStub';

const project: Project = { ...sampleProject, domainId: 'aaaabbbbccccddddeeeeffff00001111' };
const onePage = { total: 1, projects: [{ project_id: 'fedcba9876543210fedcba9876543210', project_name: 'web' }] };
const refused = (clockSkew = false) => new CloudError('auth', 'Incorrect IAM authentication information', { status: 401, errorCode: 'APIGW.0301', clockSkew });

describe('services/projectman: which identity ProjectMan is asked with, and which projects', () => {
  it('signs X-Project-Id as the SDK does, and never asks with query_type', async () => {
    const client = stubClient(() => onePage);
    const page = await listCodeArtsProjects({ client, project });
    assert.deepEqual(page.items.map((p) => p.id), ['fedcba9876543210fedcba9876543210']);
    const [request] = client.requests;
    assert.deepEqual([request!.projectId, request!.domainId, request!.query?.['query_type']], [project.id, undefined, undefined]);
    assert.equal(codeartsCheckService.containerSelection, 'joined', 'the listing says it holds the projects the user joined');
  });

  it('asks once more with X-Domain-Id when the project identity is refused, and keeps to it', async () => {
    const client = stubClient((r) => {
      if (r.projectId !== undefined) throw refused();
      return onePage;
    });
    await listCodeArtsProjects({ client, project });
    await listCodeArtsProjects({ client, project });
    assert.deepEqual(
      client.requests.map((r) => [r.projectId !== undefined, r.domainId]),
      [
        [true, undefined],
        [false, project.domainId],
        [false, project.domainId],
      ],
    );
  });

  it('shows the refusal of the SDK way when both are refused, and does not retry a clock or a server failure', async () => {
    const both = stubClient(() => {
      throw refused();
    });
    const e = await listCodeArtsProjects({ client: both, project }).then(
      () => assert.fail('expected a rejection'),
      (err: unknown) => err,
    );
    assert.ok(isCloudError(e, 'auth'));
    assert.equal(both.requests[0]!.projectId, project.id);
    assert.equal(both.requests.length, 2);
    for (const error of [refused(true), new CloudError('server', 'boom', { status: 500 })]) {
      const client = stubClient(() => {
        throw error;
      });
      await assert.rejects(listCodeArtsProjects({ client, project }));
      assert.equal(client.requests.length, 1);
    }
  });

  for (const [variant, refusedFirst] of [['sdk', 0], ['docs', 1]] as const) {
    it(`lists the projects of a ProjectMan wanting ${variant === 'sdk' ? 'X-Project-Id' : 'X-Domain-Id'} (${variant} variant)`, async () => {
      const fx = await startServiceFixture({ instances: 2, variant });
      try {
        const page = await codeartsCheckService.listContainers(fx.scope());
        assert.equal(page.items.length, fx.emulator.data.codeArtsProjects('cn-north-4').length);
        await codeartsCheckService.listContainers(fx.scope());
        const statuses = fx.requests('GET').filter((e) => e.service === 'projectman-ext').map((e) => e.status);
        assert.deepEqual(statuses, [...Array<number>(refusedFirst).fill(401), 200, 200]);
      } finally {
        await fx.stop();
      }
    });
  }
});
