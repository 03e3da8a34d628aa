export function trackGroup(pid: number): void;
export function trackScratch(dir: string): void;
export function untrackScratch(dir: string): void;
export function stopGroup(pid: number, graceMs?: number): Promise<void>;
export function atShutdown(fn: () => unknown): void;
