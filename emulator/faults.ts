/** Fault rules: validation of what tests and the control route send, and the seeded decision per request. */
import { Rng, seededRng } from './rng';
import type { EmulatedService, FaultAction, FaultRule } from './types';

export interface FaultTarget {
  readonly service: EmulatedService;
  readonly method: string;
  /** API path after `/{service}/{region}`. */
  readonly apiPath: string;
  readonly taskId?: string;
  readonly query?: Readonly<Record<string, readonly string[]>>;
}

interface ActiveRule {
  readonly rule: FaultRule;
  readonly path?: RegExp;
  readonly query: ReadonlyArray<readonly [string, RegExp]>;
  remaining: number;
  readonly rng: Rng;
}

const KINDS: ReadonlySet<string> = new Set(['latency', 'status', 'flowControl', 'reset', 'truncatedJson', 'html', 'raw', 'oversized', 'slowBody', 'wrongShape']);

export class FaultError extends Error {}

/** Checks a rule from untrusted JSON; throws FaultError with the reason. */
export function validateRule(value: unknown): FaultRule {
  if (typeof value !== 'object' || value === null) throw new FaultError('a fault rule must be an object');
  const rule = value as Partial<FaultRule>;
  const action = rule.action as Partial<FaultAction> | undefined;
  if (!action || typeof action.kind !== 'string' || !KINDS.has(action.kind)) throw new FaultError(`unknown fault kind; expected one of ${[...KINDS].join(', ')}`);
  if (action.kind === 'status' && !(typeof action.status === 'number' && action.status >= 100 && action.status <= 599)) throw new FaultError('a status fault needs a status');
  if (action.kind === 'raw' && !(typeof action.status === 'number' && action.status >= 100 && action.status <= 599 && typeof action.text === 'string')) {
    throw new FaultError('a raw fault needs a status and a text');
  }
  if (action.kind === 'latency' && !(typeof action.ms === 'number' && action.ms >= 0)) throw new FaultError('a latency fault needs ms ≥ 0');
  if (rule.count !== undefined && !(Number.isInteger(rule.count) && rule.count >= 0)) throw new FaultError('count must be a non-negative integer');
  if (rule.probability !== undefined && !(typeof rule.probability === 'number' && rule.probability >= 0 && rule.probability <= 1)) {
    throw new FaultError('probability must be between 0 and 1');
  }
  checkPattern(rule.path, 'path');
  if (rule.query !== undefined) {
    if (typeof rule.query !== 'object' || rule.query === null) throw new FaultError('query must map parameter names to regular expressions');
    for (const [name, pattern] of Object.entries(rule.query)) checkPattern(pattern, `query.${name}`);
  }
  return rule as FaultRule;
}

function checkPattern(pattern: unknown, what: string): void {
  if (pattern === undefined) return;
  try {
    if (typeof pattern !== 'string') throw new TypeError();
    new RegExp(pattern);
  } catch {
    throw new FaultError(`${what} is not a valid regular expression`);
  }
}

export class FaultSet {
  private rules: ActiveRule[] = [];

  constructor(private readonly seed: number) {}

  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map(validateRule).map((rule, i) => ({
      rule,
      ...(rule.path !== undefined ? { path: new RegExp(rule.path) } : {}),
      query: Object.entries(rule.query ?? {}).map(([name, pattern]) => [name, new RegExp(pattern)] as const),
      remaining: rule.count ?? Infinity,
      rng: seededRng(this.seed, `fault/${i}`),
    }));
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /** The actions that fire for this request, in rule order; counts and random draws are consumed here. */
  decide(target: FaultTarget): FaultAction[] {
    const fired: FaultAction[] = [];
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.service !== undefined && rule.service !== target.service) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== target.method) continue;
      if (active.path && !active.path.test(target.apiPath)) continue;
      if (rule.taskId !== undefined && rule.taskId !== target.taskId) continue;
      if (!active.query.every(([name, pattern]) => matchesParam(target.query?.[name]?.[0], pattern))) continue;
      if (active.remaining <= 0) continue;
      if (rule.probability !== undefined && active.rng() >= rule.probability) continue;
      active.remaining--;
      fired.push(rule.action);
    }
    return fired;
  }
}

function matchesParam(value: string | undefined, pattern: RegExp): boolean {
  return value !== undefined && pattern.test(value);
}
