/**
 * A concurrency cap shared by everything that fans out requests (tree expansion, bulk delete), so the
 * account's API rate limit is not exhausted by one burst of clicks.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private max: number) {
    this.setMax(max);
  }

  setMax(max: number): void {
    this.max = Math.max(1, Math.floor(max) || 1);
    this.drain();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.active--;
      this.drain();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private drain(): void {
    while (this.active < this.max && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()!();
    }
  }
}
