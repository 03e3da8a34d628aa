/**
 * Wire compatibility: the official Huawei Cloud Node SDK clients, unchanged, against the emulator in every
 * server variant. Tampering happens after the SDK signed, in axios's request transform, so what reaches the
 * emulator is the SDK's own request with one byte of its signature changed.
 */
import * as assert from 'node:assert/strict';
import { BasicCredentials, GlobalCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import * as iam from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';
import * as kafka from '@huaweicloud/huaweicloud-sdk-kafka/v2/public-api';
import { Logger4jInstance } from '@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger';
import * as rocketmq from '@huaweicloud/huaweicloud-sdk-rocketmq/v2/public-api';
import { Emulator, startEmulator, VARIANT_NAMES } from '../../../emulator/index';

interface WireResult {
  httpStatusCode: number;
  instance_num?: number;
  instances?: Array<{ instance_id: string }>;
  task_count?: string;
  tasks?: Array<{ id: string }>;
  projects?: Array<{ id: string; name: string }>;
  regions?: Array<{ id: string }>;
}

interface SdkError {
  httpStatusCode?: number;
  errorCode?: string;
  errorMsg?: string;
  requestId?: string;
}

/** Flips one character of the Signature in an already signed request's Authorization header. */
function tamperingConfig(enabled: () => boolean) {
  return {
    transformRequest: [
      (data: unknown, headers: Record<string, unknown>) => {
        const auth = headers.Authorization;
        if (enabled() && typeof auth === 'string') {
          headers.Authorization = auth.replace(/Signature=(.)/, (_m, c: string) => `Signature=${c === '0' ? '1' : '0'}`);
        }
        return data;
      },
    ],
  };
}

for (const variant of VARIANT_NAMES) describe(`emulator: official Huawei Cloud SDK clients (${variant} variant)`, () => {
  let emu: Emulator;
  let projectId: string;
  let tamper = false;
  const counts = { accepted: 0, rejected: 0 };
  const options = () => ({ customUserAgent: 'emulator-wire-test', axiosRequestConfig: tamperingConfig(() => tamper) });

  let sdkLogLevel: unknown;
  before(async () => {
    // The SDK logs every error response in full (headers included) to the console; keep test output readable.
    sdkLogLevel = Logger4jInstance.level;
    Logger4jInstance.level = 'off';
    emu = await startEmulator({ projects: 1, instances: 2, tasks: 15, variant });
    projectId = emu.data.projects[0]!.id;
  });
  after(async () => {
    Logger4jInstance.level = sdkLogLevel as string;
    await emu.stop();
    console.log(`      SDK wire summary (${variant}): ${counts.accepted} SDK calls accepted, ${counts.rejected} tampered/stale calls rejected with 401 APIGW.0301`);
  });
  afterEach(() => {
    tamper = false;
    emu.setClockOffset(0);
  });

  const dmsEndpoint = () => `${emu.url}/dms/cn-north-4`;
  const kafkaClient = () =>
    kafka.KafkaClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(emu.accessKey).withSk(emu.secretKey).withProjectId(projectId))
      .withEndpoint(dmsEndpoint())
      .withOptions(options())
      .build();
  const rocketClient = () =>
    rocketmq.RocketMQClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(emu.accessKey).withSk(emu.secretKey).withProjectId(projectId))
      .withEndpoint(dmsEndpoint())
      .withOptions(options())
      .build();
  const iamClient = () =>
    iam.IamClient.newBuilder()
      .withCredential(new GlobalCredentials().withAk(emu.accessKey).withSk(emu.secretKey).withDomainId(emu.data.domainId))
      .withEndpoint(`${emu.url}/iam/cn-north-4`)
      .withOptions(options())
      .build();

  /**
   * The SDK resolves with the response JSON as received (snake_case keys), although its typings declare
   * model classes with camelCase accessors; read it as the wire shape.
   */
  async function accepted(p: Promise<unknown>): Promise<WireResult> {
    const result = (await p) as WireResult;
    counts.accepted++;
    return result;
  }

  async function rejected(p: Promise<unknown>): Promise<SdkError> {
    const err = await p.then(
      () => assert.fail('expected a 401'),
      (e: unknown) => e as SdkError,
    );
    assert.equal(err.httpStatusCode, 401);
    assert.equal(err.errorCode, 'APIGW.0301');
    assert.match(err.requestId ?? '', /^[0-9a-f]{32}$/);
    counts.rejected++;
    return err;
  }

  it('Kafka: lists instances and all tasks, deletes one, and the task is gone', async () => {
    const client = kafkaClient();
    const instances = await accepted(client.listInstances(new kafka.ListInstancesRequest().withEngine('kafka').withOffset('0').withLimit('10')));
    assert.equal(instances.httpStatusCode, 200);
    assert.deepEqual(instances.instances!.map((i) => i.instance_id), emu.data.dmsInstances(projectId, 'kafka').map((i) => i.id));
    const instanceId = instances.instances![0]!.instance_id;
    const ids: string[] = [];
    // This SDK version (3.1.215) pages by `start`; the Go SDK has moved to `offset`. Where the server honours
    // only `offset`, or no position at all, `start` is ignored: every page is the first, as the SDK shows.
    const honoursStart = emu.behaviour.dmsTaskPaging !== 'offset' && !emu.behaviour.ignorePaging;
    if (honoursStart) {
      for (let start = 1; ; ) {
        const page = await accepted(client.listBackgroundTasks(new kafka.ListBackgroundTasksRequest(instanceId).withStart(start).withLimit(4)));
        ids.push(...page.tasks!.map((t) => t.id));
        start += page.tasks!.length;
        if (ids.length >= Number(page.task_count) || page.tasks!.length === 0) break;
      }
    } else {
      const first = await accepted(client.listBackgroundTasks(new kafka.ListBackgroundTasksRequest(instanceId).withStart(1).withLimit(4)));
      const later = await accepted(client.listBackgroundTasks(new kafka.ListBackgroundTasksRequest(instanceId).withStart(5).withLimit(4)));
      assert.deepEqual(later.tasks!.map((t) => t.id), first.tasks!.map((t) => t.id), '`start` is not honoured here');
      const all = await accepted(client.listBackgroundTasks(new kafka.ListBackgroundTasksRequest(instanceId).withLimit(50)));
      ids.push(...all.tasks!.map((t) => t.id));
    }
    assert.equal(ids.length, 15);
    const deleted = await accepted(client.deleteBackgroundTask(new kafka.DeleteBackgroundTaskRequest(instanceId, ids[0]!)));
    assert.equal(deleted.httpStatusCode, 204);
    const after = await accepted(client.listBackgroundTasks(new kafka.ListBackgroundTasksRequest(instanceId).withStart(1).withLimit(50)));
    assert.equal(after.task_count, '14');
    assert.ok(!after.tasks!.some((t) => t.id === ids[0]));
    const again = await client.deleteBackgroundTask(new kafka.DeleteBackgroundTaskRequest(instanceId, ids[0]!)).catch((e: unknown) => e as SdkError);
    assert.equal((again as SdkError).httpStatusCode, 404);
    assert.match((again as SdkError).errorCode ?? '', /^DMS\./);
  });

  it('RocketMQ: lists instances (engine rocketmq and the older reliability), shows, lists and deletes tasks', async () => {
    const client = rocketClient();
    for (const engine of ['rocketmq', 'reliability']) {
      const list = await accepted(client.listInstances(new rocketmq.ListInstancesRequest().withEngine(engine).withOffset(0).withLimit(10)));
      assert.equal(list.instance_num, 2);
    }
    const instanceId = emu.data.dmsInstances(projectId, 'rocketmq')[0]!.id;
    const tasks = await accepted(client.listBackgroundTasks(new rocketmq.ListBackgroundTasksRequest(instanceId).withStart(1).withLimit(100)));
    assert.equal(tasks.task_count, '15');
    const taskId = tasks.tasks![2]!.id;
    const shown = await accepted(client.showBackgroundTask(new rocketmq.ShowBackgroundTaskRequest(instanceId, taskId)));
    assert.equal(shown.tasks![0]!.id, taskId);
    const deleted = await accepted(client.deleteBackgroundTask(new rocketmq.DeleteBackgroundTaskRequest(instanceId, taskId)));
    assert.equal(deleted.httpStatusCode, 204);
    assert.equal(emu.data.task(instanceId, taskId), undefined);
  });

  it('IAM (GlobalCredentials): lists the account\'s projects, finds one by name, lists regions', async () => {
    const client = iamClient();
    const projects = await accepted(client.keystoneListAuthProjects(new iam.KeystoneListAuthProjectsRequest()));
    assert.deepEqual(projects.projects!.map((p) => p.name), emu.data.projects.map((p) => p.name));
    const byName = await accepted(client.keystoneListProjects(new iam.KeystoneListProjectsRequest().withName('cn-north-4')));
    assert.deepEqual(byName.projects!.map((p) => p.id), [projectId]);
    const regions = await accepted(client.keystoneListRegions(new iam.KeystoneListRegionsRequest()));
    assert.ok(regions.regions!.some((r) => r.id === 'cn-north-4'));
  });

  it('rejects SDK requests whose signature had one byte changed on the way (Kafka, RocketMQ, IAM)', async () => {
    tamper = true;
    const instanceId = emu.data.dmsInstances(projectId, 'kafka')[1]!.id;
    const taskId = emu.data.tasks(instanceId)[0]!.id;
    await rejected(kafkaClient().listInstances(new kafka.ListInstancesRequest().withEngine('kafka')));
    await rejected(kafkaClient().deleteBackgroundTask(new kafka.DeleteBackgroundTaskRequest(instanceId, taskId)));
    await rejected(rocketClient().listInstances(new rocketmq.ListInstancesRequest().withEngine('rocketmq')));
    await rejected(iamClient().keystoneListAuthProjects(new iam.KeystoneListAuthProjectsRequest()));
    assert.ok(emu.data.task(instanceId, taskId), 'a rejected delete deletes nothing');
  });

  it('rejects SDK requests signed more than 15 minutes off the emulator clock', async () => {
    emu.setClockOffset(20 * 60_000);
    const err = await rejected(kafkaClient().listInstances(new kafka.ListInstancesRequest().withEngine('kafka')));
    assert.match(err.errorMsg ?? '', /15 minutes/);
    emu.setClockOffset(-20 * 60_000);
    await rejected(iamClient().keystoneListRegions(new iam.KeystoneListRegionsRequest()));
  });

  it('records the SDK requests with their verified access key', () => {
    const sdkEntries = emu.log().filter((e) => e.service === 'dms' || e.service === 'iam');
    assert.ok(sdkEntries.filter((e) => e.accessKey === emu.accessKey).length >= counts.accepted);
    assert.equal(sdkEntries.filter((e) => e.status === 401 && e.accessKey === null).length, counts.rejected);
  });
});
