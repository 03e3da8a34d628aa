/**
 * Refreshes a level that shows running tasks every few seconds (the `runningTaskRefreshSeconds` setting,
 * 0 = off), only while the view is visible, and stops once the level shows nothing running. A level asks
 * again each time it loads, so a refresh that finds no running task, or a collapsed level that is not
 * reloaded, ends its refreshing. Knows nothing of VS Code.
 */

export interface RefreshableLevel {
  readonly id: string;
}

export type RefresherEvent = { readonly kind: 'refreshed' | 'paused' | 'stopped'; readonly id: string };

export class RunningTaskRefresher<N extends RefreshableLevel> {
  private readonly timers = new Map<string, { node: N; timer: ReturnType<typeof setTimeout> }>();
  /** Levels whose time came while the view was hidden: refreshed when it shows again. */
  private readonly paused = new Map<string, N>();
  private readonly listeners = new Set<(e: RefresherEvent) => void>();
  /** Levels refreshed for running tasks and not yet seen without any: their next quiet load reports "stopped". */
  private readonly cycling = new Set<string>();

  constructor(
    private readonly intervalSeconds: () => number,
    private readonly refresh: (node: N) => void,
    private readonly isVisible: () => boolean,
  ) {}

  /** Called by a level each time it has loaded, with whether it shows a running task. */
  watch(node: N, hasRunning: boolean): void {
    const seconds = this.intervalSeconds();
    if (!hasRunning || !(seconds > 0)) {
      this.stop(node.id);
      return;
    }
    this.cycling.add(node.id);
    const pending = this.timers.get(node.id);
    if (pending) {
      // A refresh above this level built its row anew: the timer refreshes the row the view has now.
      pending.node = node;
      return;
    }
    this.paused.delete(node.id);
    const timer = setTimeout(() => this.tick(node.id), seconds * 1000);
    // A pending refresh must not keep an extension host (or a test run) alive.
    timer.unref?.();
    this.timers.set(node.id, { node, timer });
  }

  isWatching(id: string): boolean {
    return this.timers.has(id) || this.paused.has(id);
  }

  /** The view was shown or hidden: levels that came due while hidden refresh now. */
  visibilityChanged(visible: boolean): void {
    if (!visible) return;
    const due = [...this.paused.values()];
    this.paused.clear();
    for (const node of due) this.fire(node);
  }

  onDidChange(listener: (e: RefresherEvent) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.paused.clear();
    this.cycling.clear();
    this.listeners.clear();
  }

  private stop(id: string): void {
    const entry = this.timers.get(id);
    if (entry) clearTimeout(entry.timer);
    this.timers.delete(id);
    this.paused.delete(id);
    if (this.cycling.delete(id)) this.emit({ kind: 'stopped', id });
  }

  /** The level's time came: its newest row (see `watch`) refreshes now, or when the view shows again. */
  private tick(id: string): void {
    const node = this.timers.get(id)?.node;
    this.timers.delete(id);
    if (!node) return;
    if (this.isVisible()) {
      this.fire(node);
      return;
    }
    this.paused.set(node.id, node);
    this.emit({ kind: 'paused', id: node.id });
  }

  private fire(node: N): void {
    this.refresh(node);
    this.emit({ kind: 'refreshed', id: node.id });
  }

  private emit(e: RefresherEvent): void {
    for (const l of this.listeners) l(e);
  }
}
