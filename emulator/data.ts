/**
 * The emulated account's state. Projects and containers are built up front (few); tasks are generated
 * per container on first use and then kept, so thousands of tasks cost nothing until listed and a
 * deleted task stays deleted.
 */
import { regionOf, sampleProjectNames } from './regions';
import type { CodeArtsProject, Container, DcsInstance, DmsEngine, DmsInstance, IamProject, TaskRecord } from './records';
import { hex32, seededRng } from './rng';
import { codeArtsProject, dcsInstance, dmsInstance, tasksFor } from './samples';

export interface DataOptions {
  readonly projects: number;
  readonly instances: number;
  readonly tasks: number;
  readonly seed: number;
  /** Reference time of the sample timestamps (epoch ms). */
  readonly now: number;
}

export const DMS_ENGINES: readonly DmsEngine[] = ['kafka', 'rocketmq', 'rabbitmq'];

export class SampleData {
  readonly domainId: string;
  readonly domainName: string;
  readonly projects: readonly IamProject[];
  private readonly containers = new Map<string, Container>();
  private readonly byProject = new Map<string, Container[]>();
  private readonly taskLists = new Map<string, Map<string, TaskRecord>>();

  constructor(readonly options: DataOptions) {
    const rng = seededRng(options.seed, 'account');
    this.domainId = hex32(rng);
    this.domainName = `hwc-demo-${this.domainId.slice(0, 6)}`;
    const projects: IamProject[] = [];
    const idsByName = new Map<string, string>();
    for (const name of sampleProjectNames(options.projects)) {
      const id = hex32(rng);
      const parent = name.includes('_') ? idsByName.get(name.split('_')[0]!) : undefined;
      idsByName.set(name, id);
      projects.push({ id, name, domain_id: this.domainId, parent_id: parent ?? this.domainId, description: parent ? 'Team sandbox' : '', enabled: true, is_domain: false });
    }
    // A system project that is not a region: clients must skip it, not query services with it.
    projects.push({ id: hex32(rng), name: 'MOS', domain_id: this.domainId, parent_id: this.domainId, description: 'Marketplace operation', enabled: true, is_domain: false });
    this.projects = projects;
    for (const p of projects) this.buildContainers(p);
  }

  private buildContainers(project: IamProject): void {
    const region = regionOf(project.name);
    const list: Container[] = [];
    this.byProject.set(project.id, list);
    if (!region) return;
    for (let index = 0; index < this.options.instances; index++) {
      const at = { projectId: project.id, region: region.id, index, now: this.options.now };
      const rng = (what: string) => seededRng(this.options.seed, `${project.id}/${what}/${index}`);
      list.push(dcsInstance(rng('dcs'), at));
      for (const engine of DMS_ENGINES) list.push(dmsInstance(rng(engine), at, engine));
      if (region.codearts) list.push(codeArtsProject(rng('codearts'), at));
    }
    for (const c of list) this.containers.set(c.id, c);
  }

  project(id: string): IamProject | undefined {
    return this.projects.find((p) => p.id === id);
  }

  container(id: string): Container | undefined {
    return this.containers.get(id);
  }

  dcsInstances(projectId: string): DcsInstance[] {
    return (this.byProject.get(projectId) ?? []).filter((c): c is DcsInstance => c.kind === 'dcs');
  }

  dmsInstances(projectId: string, engine: DmsEngine): DmsInstance[] {
    return (this.byProject.get(projectId) ?? []).filter((c): c is DmsInstance => c.kind === 'dms' && c.engine === engine);
  }

  /** CodeArts projects of every IAM project in a region (ProjectMan lists per region host). */
  codeArtsProjects(region: string): CodeArtsProject[] {
    return [...this.containers.values()].filter((c): c is CodeArtsProject => c.kind === 'codearts' && c.region === region);
  }

  /** Live tasks of a container, newest first. */
  tasks(containerId: string): TaskRecord[] {
    return [...this.taskMap(containerId).values()];
  }

  task(containerId: string, taskId: string): TaskRecord | undefined {
    return this.taskMap(containerId).get(taskId);
  }

  /** The container holding a task: CodeArts deletes name the task only. */
  findTask(taskId: string, kind: Container['kind']): { container: Container; task: TaskRecord } | undefined {
    for (const container of this.containers.values()) {
      if (container.kind !== kind) continue;
      const task = this.taskMap(container.id).get(taskId);
      if (task) return { container, task };
    }
    return undefined;
  }

  deleteTask(containerId: string, taskId: string): boolean {
    return this.taskMap(containerId).delete(taskId);
  }

  private taskMap(containerId: string): Map<string, TaskRecord> {
    let map = this.taskLists.get(containerId);
    if (!map) {
      const container = this.containers.get(containerId);
      const flavour = container?.kind === 'codearts' ? 'check' : (container?.kind ?? 'dcs');
      const records = container ? tasksFor(seededRng(this.options.seed, `tasks/${containerId}`), flavour, this.options.tasks, this.options.now) : [];
      map = new Map(records.map((t) => [t.id, t]));
      this.taskLists.set(containerId, map);
    }
    return map;
  }
}
