/**
 * Each API spells task status its own way; the tree only needs the coarse `TaskState`. Unknown
 * statuses map to `other` rather than guessing, so they are never shown as finished or running.
 */
import type { TaskState } from './types';

function lookup(table: Readonly<Record<string, TaskState>>, status: string): TaskState {
  return table[status.trim().toUpperCase()] ?? 'other';
}

const DMS: Readonly<Record<string, TaskState>> = {
  CREATED: 'running',
  EXECUTING: 'running',
  SUCCESS: 'succeeded',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
  DELETED: 'other',
};

/**
 * DCS does not enumerate task statuses; the examples show SUCCESS and the progress API uses
 * EXECUTING/WAITING/FINISH/FAILED, so those and their obvious spellings are recognised.
 */
const DCS: Readonly<Record<string, TaskState>> = {
  ...DMS,
  RUNNING: 'running',
  WAITING: 'running',
  PROCESSING: 'running',
  FINISH: 'succeeded',
  FINISHED: 'succeeded',
  SUCCEED: 'succeeded',
  SUCCEEDED: 'succeeded',
  ERROR: 'failed',
  CANCELED: 'cancelled',
};

export function dmsTaskState(status: string): TaskState {
  return lookup(DMS, status);
}

export function dcsTaskState(status: string): TaskState {
  return lookup(DCS, status);
}
