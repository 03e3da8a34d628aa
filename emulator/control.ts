/**
 * The unsigned control API on the emulator's own port (`/_emulator/…`): faults, log, reset, clock and a
 * summary of the sample data, for tests, benchmarks and the demo.
 */
import { FaultError, validateRule } from './faults';
import type { Reply } from './reply';
import type { EmulatorState } from './state';
import type { FaultRule } from './types';

export const CONTROL_PREFIX = '/_emulator/';

const error = (status: number, message: string): Reply => ({ status, body: { error: message } });

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new FaultError('the body is not JSON');
  }
}

function faultRules(body: unknown): FaultRule[] {
  const list = Array.isArray(body) ? body : body && typeof body === 'object' && 'faults' in body ? (body as { faults: unknown }).faults : [body];
  if (!Array.isArray(list)) throw new FaultError('expected a rule, an array of rules or {"faults": [...]}');
  return list.map(validateRule);
}

/** Containers of each project, for picking ids without calling the signed APIs. */
export function dataSummary(state: EmulatorState): unknown {
  const d = state.data;
  return {
    domainId: d.domainId,
    domainName: d.domainName,
    projects: d.projects.map((p) => ({
      id: p.id,
      name: p.name,
      dcs: d.dcsInstances(p.id).map((i) => ({ id: i.id, name: i.name })),
      kafka: d.dmsInstances(p.id, 'kafka').map((i) => ({ id: i.id, name: i.name })),
      rocketmq: d.dmsInstances(p.id, 'rocketmq').map((i) => ({ id: i.id, name: i.name })),
      rabbitmq: d.dmsInstances(p.id, 'rabbitmq').map((i) => ({ id: i.id, name: i.name })),
    })),
  };
}

export function handleControl(state: EmulatorState, method: string, path: string, body: Buffer): Reply {
  const action = `${method} ${path.slice(CONTROL_PREFIX.length).replace(/\/$/, '')}`;
  try {
    switch (action) {
      case 'GET log':
        return { status: 200, body: { entries: state.log.list(), peakConcurrency: state.log.peakConcurrency() } };
      case 'DELETE log':
        state.log.clear();
        return { status: 204 };
      case 'GET faults':
        return { status: 200, body: { faults: state.faults.list() } };
      case 'POST faults':
        state.setFaults(faultRules(parseJson(body)));
        return { status: 200, body: { faults: state.faults.list() } };
      case 'DELETE faults':
        state.faults.clear();
        return { status: 204 };
      case 'POST reset':
        state.reset();
        return { status: 204 };
      case 'POST clock': {
        const parsed = parseJson(body) as { offsetMs?: unknown } | undefined;
        if (typeof parsed?.offsetMs !== 'number' || !Number.isFinite(parsed.offsetMs)) return error(400, 'expected {"offsetMs": number}');
        state.clockOffsetMs = parsed.offsetMs;
        return { status: 200, body: { offsetMs: state.clockOffsetMs, now: new Date(state.now()).toISOString() } };
      }
      case 'GET data':
        return { status: 200, body: dataSummary(state) };
      default:
        return error(404, `no control route ${action}`);
    }
  } catch (e) {
    if (e instanceof FaultError) return error(400, e.message);
    throw e;
  }
}
