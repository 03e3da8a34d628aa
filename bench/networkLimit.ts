/**
 * The network limit of the brief: with latency L per request and at most C requests in flight, work of
 * N requests over D dependent levels takes L × (D + ceil(N / C)) on a greedy schedule.
 */
export function networkLimitMs(latencyMs: number, levels: number, requests: number, concurrency: number): number {
  return latencyMs * (levels + Math.ceil(requests / concurrency));
}
