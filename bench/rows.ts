/**
 * One line of the benchmark table: a measured figure (or a ratio of two figures of the same run) and
 * the goal it is read against. Benchmarks report; `met` is information, never a failure.
 */
export interface Row {
  /** The work item of the brief: `1`, `2a`, … */
  readonly id: string;
  readonly work: string;
  /** null only for a row measured elsewhere (`deferred`). */
  readonly figure: number | null;
  readonly unit: string;
  readonly goal: string;
  /** Whether the figure meets the goal; undefined when there is no goal to compare with. */
  readonly met?: boolean;
  readonly note?: string;
  /** Measured by another tier (e.g. the extension host); the note says where. */
  readonly deferred?: boolean;
}

export interface Goal {
  readonly text: string;
  readonly test: (figure: number) => boolean;
}

export const atMost = (limit: number, unit = ''): Goal => ({ text: `≤ ${limit}${unit}`, test: (f) => f <= limit });
export const atLeast = (limit: number, unit = ''): Goal => ({ text: `≥ ${limit}${unit}`, test: (f) => f >= limit });

export function row(id: string, work: string, figure: number, unit: string, goal?: Goal, note?: string): Row {
  return {
    id,
    work,
    figure,
    unit,
    goal: goal?.text ?? '',
    ...(goal ? { met: goal.test(figure) } : {}),
    ...(note ? { note } : {}),
  };
}
