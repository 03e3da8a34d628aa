/**
 * A second VS Code window in miniature: a child process that appends numbered records to a deletion history
 * one at a time, and reports when each append began and ended. Started by historyStore.processes.test.ts.
 */
import { DeletionHistory } from '../../src/history/historyStore';
import type { DeletionRecord } from '../../src/history/record';

export interface WriterJob {
  readonly dir: string;
  readonly name: string;
  readonly count: number;
  readonly max: number;
}

/** What one writer did; times are process.hrtime.bigint() as strings (bigints do not cross IPC). */
export interface WriterReport {
  readonly name: string;
  readonly spans: ReadonlyArray<readonly [taskId: string, began: string, ended: string]>;
  readonly errors: readonly string[];
}

export const writerRecord = (taskId: string): DeletionRecord => ({
  time: new Date().toISOString(),
  profile: 'prod',
  region: 'cn-north-4',
  service: 'dcs',
  instanceId: 'i-1',
  instanceName: 'redis-1',
  taskId,
  taskName: 'BindEip',
  result: 'deleted',
});

async function run(job: WriterJob): Promise<WriterReport> {
  const history = new DeletionHistory(job.dir, { max: job.max });
  const spans: Array<readonly [string, string, string]> = [];
  const errors: string[] = [];
  for (let i = 0; i < job.count; i++) {
    const taskId = `${job.name}-${i}`;
    const began = process.hrtime.bigint();
    // One record per append, awaited: each write is its own batch, so the expected file length is exact.
    try {
      await history.append([writerRecord(taskId)]);
    } catch (e) {
      errors.push(`${taskId}: ${String(e)}`);
    }
    spans.push([taskId, String(began), String(process.hrtime.bigint())]);
  }
  return { name: job.name, spans, errors };
}

// Waits for the parent's job, so that every writer starts at the same moment.
process.once('message', (job: WriterJob) => {
  void run(job).then((report) => process.send?.(report, () => process.exit(0)));
});
process.send?.('ready');
