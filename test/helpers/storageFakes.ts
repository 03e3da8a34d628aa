/** In-memory stand-ins for VS Code's globalState and SecretStorage, for the vscode-free profile store. */
import type { SecretsLike, StateLike } from '../../src/profiles/profileStore';

export class MemoryState implements StateLike {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.values.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
}

export class MemorySecrets implements SecretsLike {
  readonly values = new Map<string, string>();
  private readonly listeners = new Set<(e: { key: string }) => unknown>();
  get(key: string): Promise<string | undefined> {
    return Promise.resolve(this.values.get(key));
  }
  store(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    this.emit(key);
    return Promise.resolve();
  }
  delete(key: string): Promise<void> {
    this.values.delete(key);
    this.emit(key);
    return Promise.resolve();
  }
  onDidChange(listener: (e: { key: string }) => unknown) {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
  /** What another window's change looks like to this one. */
  emit(key: string): void {
    for (const l of this.listeners) l({ key });
  }
}
