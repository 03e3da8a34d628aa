/**
 * The emulated account as the UI tests see it: which rows to expect (from the emulator's own data, never
 * hard-coded) and the walk down the tree to an instance's tasks.
 */
import type { Locator } from 'playwright-core';
import type { Ui } from './harness';

type Data = Ui['emulator']['data'];
type Container = NonNullable<ReturnType<Data['container']>>;
export type TaskRecord = ReturnType<Data['tasks']>[number];

/** The services' row labels in the tree (English UI). */
export const SERVICE_ROW = { dcs: 'DCS (Redis/Memcached)', kafka: 'DMS for Kafka', rocketmq: 'DMS for RocketMQ', rabbitmq: 'DMS for RabbitMQ' } as const;
export type ServiceRow = keyof typeof SERVICE_ROW;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A row whose label is exactly `label`. The accessible name starts with the label and goes on with the
 * description or a hint (after a comma), then ", has actions".
 */
export function rowName(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}(\\s|,|$)`);
}

export function projectId(ui: Ui, name: string): string {
  const p = ui.emulator.data.projects.find((x) => x.name === name);
  if (!p) throw new Error(`the emulator has no project ${name}`);
  return p.id;
}

function containersOf(ui: Ui, project: string, service: ServiceRow): Container[] {
  const id = projectId(ui, project);
  return service === 'dcs' ? ui.emulator.data.dcsInstances(id) : ui.emulator.data.dmsInstances(id, service);
}

/**
 * An instance with at least `min` tasks whose names no other task of the instance has (so a row names one
 * task), skipping instances other tests use; returns those tasks.
 */
export function instanceWithDistinctTasks(ui: Ui, project: string, service: ServiceRow, min: number, skip: readonly string[] = []): { instance: Container; tasks: TaskRecord[] } {
  for (const instance of containersOf(ui, project, service)) {
    if (skip.includes(instance.id)) continue;
    const all = ui.emulator.data.tasks(instance.id);
    const tasks = all.filter((t) => all.filter((u) => u.name === t.name).length === 1);
    if (tasks.length >= min) return { instance, tasks };
  }
  throw new Error(`no ${service} instance in ${project} has ${min} distinctly named tasks; change the UI tier's sample data`);
}

/** Expands profile → project → service → instance and waits for the instance's rows to load. */
export async function openInstance(ui: Ui, profile: string, project: string, service: ServiceRow, instance: string): Promise<Locator> {
  for (const label of [profile, project, SERVICE_ROW[service], instance]) {
    await ui.expand(rowName(label));
    await ui.idle();
  }
  // The view's progress bar may not have shown yet when `idle` looked: wait for the instance's own rows.
  const deadline = Date.now() + 30_000;
  while ((await childLabels(ui, instance)).length === 0) {
    if (Date.now() > deadline) throw new Error(`the rows of ${instance} were not drawn`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return ui.row(rowName(instance));
}

/** Requests the emulator received with this method whose path ends in `suffix`. */
export function requests(ui: Ui, method: string, suffix: string): ReturnType<Ui['emulator']['log']> {
  return ui.emulator.log().filter((e) => e.method === method && e.path.endsWith(suffix));
}

/** Polls until `check` holds (e.g. the emulator saw a request the UI sends asynchronously). */
export async function eventually(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The labels of the rows directly under `parent` in the side bar's tree, in order. */
export async function childLabels(ui: Ui, parent: string): Promise<string[]> {
  const rows = await ui.sideBar().locator('[role="treeitem"]').evaluateAll((els) =>
    els.map((e) => ({ level: Number(e.getAttribute('aria-level')), label: e.querySelector('.label-name')?.textContent?.trim() ?? '' })),
  );
  const at = rows.findIndex((r) => r.label === parent);
  if (at < 0) throw new Error(`no row ${parent}`);
  const level = rows[at]!.level;
  const out: string[] = [];
  for (const r of rows.slice(at + 1)) {
    if (r.level <= level) break;
    if (r.level === level + 1) out.push(r.label);
  }
  return out;
}
