/** Deterministic generators for sample instances and tasks; every record comes from (seed, position). */
import { hex32, intBetween, pick, Rng, uuid } from './rng';
import type { CodeArtsProject, DcsInstance, DmsEngine, DmsInstance, TaskRecord } from './records';
import { APP_WORDS, CHECK_TASK_STATUSES, CHECK_TASK_SUFFIXES, DCS_TASK_NAMES, DCS_TASK_STATUSES, DMS_TASK_NAMES, DMS_TASK_STATUSES, ENVS, USERS } from './vocabulary';

const DAY = 86_400_000;

interface Place {
  readonly projectId: string;
  readonly region: string;
  readonly index: number;
  readonly now: number;
}

function instanceName(rng: Rng, prefix: string, index: number): string {
  return `${prefix}-${pick(rng, APP_WORDS)}-${pick(rng, ENVS)}-${String(index + 1).padStart(2, '0')}`;
}

function instanceStatus(rng: Rng, index: number, others: readonly string[]): string {
  // The first instances are always usable; a few later ones are in transitional or failed states.
  return index < 2 || rng() < 0.8 ? 'RUNNING' : pick(rng, others);
}

export function dcsInstance(rng: Rng, at: Place): DcsInstance {
  const engine = rng() < 0.8 ? 'Redis' : 'Memcached';
  return {
    kind: 'dcs',
    projectId: at.projectId,
    region: at.region,
    id: uuid(rng),
    name: instanceName(rng, engine === 'Redis' ? 'redis' : 'memcached', at.index),
    createdMs: at.now - intBetween(rng, 100, 700) * DAY - intBetween(rng, 0, DAY),
    engine,
    engineVersion: engine === 'Redis' ? pick(rng, ['5.0', '6.0', '7.0']) : '1.5',
    status: instanceStatus(rng, at.index, ['EXTENDING', 'RESTARTING', 'ERROR', 'FROZEN']),
    capacity: pick(rng, [1, 2, 4, 8, 16, 32]),
    port: engine === 'Redis' ? 6379 : 11211,
    ip: `192.168.${intBetween(rng, 0, 255)}.${intBetween(rng, 2, 254)}`,
    specCode: pick(rng, ['redis.ha.xu1.large.r2.2', 'redis.single.xu1.large.1', 'redis.cluster.xu1.large.r2.4', 'dcs.memcached.master_standby']),
    deleteStatus: at.index % 2 === 0 ? 200 : 204,
  };
}

const DMS_VERSIONS: Record<DmsEngine, readonly string[]> = {
  kafka: ['2.7', '3.x'],
  rocketmq: ['4.8.0', '5.x'],
  rabbitmq: ['3.8.35', 'AMQP-0-9-1'],
};

/**
 * RocketMQ's `type` names its version's architecture (`rocketmq/v2/model/model_instance_detail.go`): `single`
 * and `cluster` are 4.8.0, `single.basic`, `cluster.basic` and `cluster.professional` are 5.x. Kafka and
 * RabbitMQ have `single` and `cluster` only.
 */
const DMS_TYPES = (engine: DmsEngine, version: string): readonly string[] =>
  engine === 'rocketmq' && version.startsWith('5.') ? ['single.basic', 'cluster.basic', 'cluster.professional'] : ['single', 'cluster'];

export function dmsInstance(rng: Rng, at: Place, engine: DmsEngine): DmsInstance {
  // Drawn in the order the fields are listed, so the same seed keeps giving the same instances.
  const storage = pick(rng, [300, 600, 1200]);
  const id = uuid(rng);
  const name = instanceName(rng, engine, at.index);
  const createdMs = at.now - intBetween(rng, 100, 700) * DAY - intBetween(rng, 0, DAY);
  const engineVersion = pick(rng, DMS_VERSIONS[engine]);
  const status = instanceStatus(rng, at.index, ['EXTENDING', 'RESTARTING', 'CONFIGURING', 'FROZEN', 'ERROR']);
  return {
    kind: 'dms',
    projectId: at.projectId,
    region: at.region,
    id,
    name,
    createdMs,
    engine,
    reportedEngine: engine === 'rocketmq' && at.index % 2 === 1 ? 'reliability' : engine,
    engineVersion,
    status,
    type: pick(rng, DMS_TYPES(engine, engineVersion)),
    specification: engine === 'kafka' ? pick(rng, ['100MB', '300MB', 'kafka.2u4g.cluster*3 broker']) : pick(rng, ['2vCPUs 4GB', '4vCPUs 8GB']),
    storageSpace: storage,
    usedStorageSpace: intBetween(rng, 0, storage),
    brokerNum: pick(rng, [1, 3, 5]),
  };
}

export function codeArtsProject(rng: Rng, at: Place): CodeArtsProject {
  const createdMs = at.now - intBetween(rng, 100, 900) * DAY - intBetween(rng, 0, DAY);
  const user = pick(rng, USERS);
  return {
    kind: 'codearts',
    projectId: at.projectId,
    region: at.region,
    id: hex32(rng),
    name: `${pick(rng, APP_WORDS)}-${pick(rng, ['web', 'service', 'platform', 'mobile', 'gateway'])}-${at.index + 1}`,
    createdMs,
    updatedMs: createdMs + intBetween(rng, 0, 90) * DAY,
    projectType: rng() < 0.7 ? 'scrum' : 'xboard',
    numId: 1_000_000 + Math.floor(rng() * 8_000_000),
    creator: { id: user.id, name: user.name },
  };
}

export type TaskFlavour = 'dcs' | 'dms' | 'check';

/**
 * `count` tasks of one container, newest first, spread over the 90 days before `now`. The first tasks
 * cycle through every status so each one appears even in small data sets.
 */
export function tasksFor(rng: Rng, flavour: TaskFlavour, count: number, now: number): TaskRecord[] {
  const statuses = flavour === 'dcs' ? DCS_TASK_STATUSES : flavour === 'dms' ? DMS_TASK_STATUSES : CHECK_TASK_STATUSES;
  const distinct = [...new Set(statuses)];
  const out: TaskRecord[] = [];
  for (let i = 0; i < count; i++) {
    const createdMs = now - Math.floor(rng() * 90 * DAY);
    const status = i < distinct.length ? distinct[i]! : pick(rng, statuses);
    const running = status === 'EXECUTING' || status === 'CREATED' || status === 'WAITING' || status === 'CHECKING';
    const user = pick(rng, USERS);
    const picked = flavour === 'dcs' ? pick(rng, DCS_TASK_NAMES) : flavour === 'dms' ? pick(rng, DMS_TASK_NAMES) : `${pick(rng, APP_WORDS)}-${pick(rng, CHECK_TASK_SUFFIXES)}`;
    // Every DCS instance has a running spec change, the kind of task that reports its steps (`enable_show`).
    const name = flavour === 'dcs' && i === 1 ? 'ChangeInstanceSpec' : picked;
    out.push({
      id: hex32(rng),
      name,
      status,
      createdMs,
      updatedMs: flavour === 'check' ? lastCheckMs(rng, status, createdMs, now) : running ? createdMs : createdMs + intBetween(rng, 5, 1800) * 1000,
      userName: user.name,
      userId: user.id,
      params: flavour === 'check' ? '' : JSON.stringify(taskParams(rng, name)),
    });
  }
  return out.sort((a, b) => b.createdMs - a.createdMs);
}

/**
 * A check task is a job definition run again and again: its last check is any time since it was created
 * (a running one started minutes ago), so an old task often shows a recent time. One never checked keeps
 * its creation time here and is rendered without a last check.
 */
function lastCheckMs(rng: Rng, status: string, createdMs: number, now: number): number {
  if (status === 'NOT_CHECKED') return createdMs;
  if (status === 'CHECKING') return Math.max(createdMs, now - intBetween(rng, 1, 30) * 60_000);
  return createdMs + Math.floor(rng() * (now - createdMs));
}

function taskParams(rng: Rng, name: string): Record<string, unknown> {
  if (/eip|publicip/i.test(name)) return { public_ip_id: uuid(rng), enable_public_ip: !/unbind/i.test(name) };
  if (/spec|extend/i.test(name)) return { old_capacity: '2', new_capacity: String(pick(rng, [4, 8, 16])) };
  if (/port/i.test(name)) return { old_port: 6379, new_port: 6380 };
  return {};
}
