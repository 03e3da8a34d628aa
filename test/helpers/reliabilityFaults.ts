/**
 * The fault half of the reliability matrix, and what each fault must lead to. Expectations are written
 * out here from the API's rules (what is safe to repeat, what the emulator did before failing), not
 * derived from the client's code, so a change in the client's behaviour shows up as a failing case.
 */
import type { FaultAction } from '../../emulator/index';
import type { CloudErrorKind } from '../../src/net/errors';
import { ATTEMPTS, THROTTLED_ATTEMPTS } from './reliabilityFixture';
import type { Operation } from './reliabilityOperations';

/** Which methods may be repeated after this fault: any (the server surely did not act), GETs only, or none. */
export type Repeat = 'any' | 'get' | 'none';

export interface Fault {
  readonly name: string;
  /** Undefined for a connection refused before any byte was sent (no emulator involved). */
  readonly action?: FaultAction;
  readonly kind: CloudErrorKind;
  readonly repeat: Repeat;
  /** The emulator applies the operation before the fault hits (a lost answer), so a delete did happen. */
  readonly appliedFirst: boolean;
  /**
   * A 2xx status line arrives before the fault hits the body. For anything but a GET that status is the
   * server's whole answer, so the operation succeeds.
   */
  readonly answered2xx?: boolean;
  /** The smallest wait the client must leave before each retry (a `Retry-After`). */
  readonly minDelayMs?: number;
  /** Whether the fault applies to the operation at all. */
  readonly appliesTo?: (op: Operation) => boolean;
}

/** Far beyond the client's headers timeout, whatever the resolution of undici's timer. */
export const LATENCY_MS = 2_500;

export const FAULTS: readonly Fault[] = [
  { name: 'latency above the headers timeout', action: { kind: 'latency', ms: LATENCY_MS }, kind: 'timeout', repeat: 'get', appliedFirst: false },
  { name: '429 with Retry-After', action: { kind: 'status', status: 429, retryAfter: 2 }, kind: 'throttled', repeat: 'any', appliedFirst: false, minDelayMs: 2_000 },
  { name: '429 without Retry-After', action: { kind: 'status', status: 429, retryAfter: null }, kind: 'throttled', repeat: 'any', appliedFirst: false },
  { name: '500', action: { kind: 'status', status: 500 }, kind: 'server', repeat: 'get', appliedFirst: false },
  { name: '502', action: { kind: 'status', status: 502 }, kind: 'server', repeat: 'get', appliedFirst: false },
  { name: '503', action: { kind: 'status', status: 503 }, kind: 'server', repeat: 'any', appliedFirst: false },
  { name: '504', action: { kind: 'status', status: 504 }, kind: 'server', repeat: 'get', appliedFirst: false },
  {
    name: 'DMS flow control (404 DMS.10240407)',
    action: { kind: 'flowControl' },
    kind: 'throttled',
    repeat: 'any',
    appliedFirst: false,
    appliesTo: (op) => op.dms,
  },
  { name: 'connection refused (nothing sent)', kind: 'network', repeat: 'any', appliedFirst: false },
  { name: 'reset after the request arrived', action: { kind: 'reset', at: 'beforeResponse' }, kind: 'network', repeat: 'get', appliedFirst: false },
  { name: 'reset after part of the headers', action: { kind: 'reset', at: 'afterHeaders' }, kind: 'network', repeat: 'get', appliedFirst: true },
  { name: 'reset mid-body', action: { kind: 'reset', at: 'midBody' }, kind: 'network', repeat: 'get', appliedFirst: true, answered2xx: true },
  { name: 'truncated JSON', action: { kind: 'truncatedJson' }, kind: 'badResponse', repeat: 'none', appliedFirst: true, answered2xx: true },
  { name: 'HTML error page (502)', action: { kind: 'html', status: 502 }, kind: 'server', repeat: 'get', appliedFirst: false },
  { name: '50 MB body (over the size cap)', action: { kind: 'oversized' }, kind: 'badResponse', repeat: 'none', appliedFirst: true, answered2xx: true },
  {
    name: 'body trickling past the body timeout',
    action: { kind: 'slowBody', chunkBytes: 1, intervalMs: 100 },
    kind: 'timeout',
    repeat: 'get',
    appliedFirst: true,
    answered2xx: true,
  },
  {
    name: '200 with the wrong shape',
    action: { kind: 'wrongShape' },
    kind: 'badResponse',
    repeat: 'none',
    appliedFirst: false,
    // A delete's answer body is not read: its status is the result.
    appliesTo: (op) => op.method === 'GET',
  },
];

export type Variant = 'every attempt' | 'first attempt only';

export interface Expectation {
  /** `ok`, or the CloudError kind the operation must reject with. */
  readonly outcome: CloudErrorKind | 'ok';
  readonly attempts: number;
  /** For deletes: whether the task must be gone from the emulator afterwards. */
  readonly taskGone: boolean;
  readonly minDelayMs?: number;
}

function repeats(fault: Fault, op: Operation): boolean {
  return fault.repeat === 'any' || (fault.repeat === 'get' && op.method === 'GET');
}

/** What must happen for one cell of the matrix; undefined when the cell does not exist. */
export function expectationFor(op: Operation, fault: Fault, variant: Variant): Expectation | undefined {
  if (fault.appliesTo && !fault.appliesTo(op)) return undefined;
  const kind = fault.answered2xx && op.method !== 'GET' ? 'ok' : fault.kind;
  if (kind === 'ok') {
    return variant === 'every attempt' ? { outcome: 'ok', attempts: 1, taskGone: true } : undefined;
  }
  const retried = repeats(fault, op);
  if (variant === 'first attempt only') {
    // Only interesting where a retry can recover; a refused port cannot be made to refuse once.
    if (!retried || fault.action === undefined) return undefined;
    return { outcome: 'ok', attempts: 2, taskGone: true, minDelayMs: fault.minDelayMs };
  }
  // Throttling is retried on its own, larger budget: the service surely did not act.
  const attempts = !retried ? 1 : kind === 'throttled' ? THROTTLED_ATTEMPTS : ATTEMPTS;
  return { outcome: kind, attempts, taskGone: fault.appliedFirst, minDelayMs: fault.minDelayMs };
}

export interface MatrixCase {
  readonly op: Operation;
  readonly fault: Fault;
  readonly variant: Variant;
  readonly expect: Expectation;
}

export function matrixCases(ops: readonly Operation[]): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const op of ops) {
    for (const fault of FAULTS) {
      for (const variant of ['every attempt', 'first attempt only'] as const) {
        const expect = expectationFor(op, fault, variant);
        if (expect) cases.push({ op, fault, variant, expect });
      }
    }
  }
  return cases;
}
