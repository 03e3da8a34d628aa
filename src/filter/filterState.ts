/**
 * The active filter, kept per workspace (workspaceState) so it survives a restart. Free of VS Code: the
 * storage is any Memento-like object and listeners are plain callbacks.
 */
import type { StateLike } from '../profiles/profileStore';
import { normalizeFilter, type TaskFilter } from './taskFilter';

const KEY = 'huaweicloudTasks.taskFilter';

export class FilterState {
  private value: TaskFilter;
  private readonly listeners = new Set<(filter: TaskFilter) => void>();

  constructor(private readonly storage: StateLike) {
    this.value = normalizeFilter(storage.get<unknown>(KEY));
  }

  get current(): TaskFilter {
    return this.value;
  }

  async set(filter: TaskFilter): Promise<void> {
    this.value = normalizeFilter(filter);
    for (const l of this.listeners) l(this.value);
    await this.storage.update(KEY, this.value);
  }

  onDidChange(listener: (filter: TaskFilter) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
}
