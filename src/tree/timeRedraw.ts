/**
 * Rows say how long ago a task ran ("5 min ago"), which a minute makes untrue. While the view is visible,
 * the rows whose time would now read otherwise are redrawn once a minute (only those: an hour-old task
 * changes its text once an hour). A hidden view redraws nothing; VS Code draws it anew when it shows.
 * Knows nothing of VS Code.
 */
export const REDRAW_EVERY_MS = 60_000;

export interface TimeRedrawHooks<N> {
  readonly isVisible: () => boolean;
  /** The rows shown now whose time text changed since they were drawn. */
  readonly staleRows: () => readonly N[];
  readonly redraw: (rows: readonly N[]) => void;
}

export function startTimeRedraw<N>(hooks: TimeRedrawHooks<N>, everyMs = REDRAW_EVERY_MS): { dispose(): void } {
  const timer = setInterval(() => {
    if (!hooks.isVisible()) return;
    const rows = hooks.staleRows();
    if (rows.length > 0) hooks.redraw(rows);
  }, everyMs);
  // A pending redraw must not keep an extension host (or a test run) alive.
  timer.unref?.();
  return { dispose: () => clearInterval(timer) };
}
