/**
 * Tasks with a DELETE in flight, by their row id (`…/container/<id>/task/<id>`), which names the task itself
 * and stays the same when a refresh builds new rows. Keeping this by node object lost it whenever the
 * running-task refresh rebuilt an instance's rows: they became deletable again and a second DELETE could go
 * out. Every path that deletes claims its tasks here first; a task already claimed is not sent again.
 */
export class InFlightDeletes {
  private readonly ids = new Set<string>();

  has(rowId: string): boolean {
    return this.ids.has(rowId);
  }

  /** Claims the ids not in flight yet and returns them; ids already claimed are left out. */
  claim(rowIds: readonly string[]): string[] {
    const claimed: string[] = [];
    for (const id of new Set(rowIds)) {
      if (this.ids.has(id)) continue;
      this.ids.add(id);
      claimed.push(id);
    }
    return claimed;
  }

  release(rowIds: readonly string[]): void {
    for (const id of rowIds) this.ids.delete(id);
  }
}
