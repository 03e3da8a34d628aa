/** The benchmark's side of the emulator child process: start it, ask it things, stop it. */
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { EmulatorOptions } from '../emulator/index';
import type { Answer, Command, EmulatorInfo, Envelope, Replies, RequestCounts } from './emulatorProtocol';

export interface EmulatorHandle {
  readonly info: EmulatorInfo;
  /** The seeded data again (deleted tasks back), an empty request log. */
  reset(): Promise<void>;
  taskIds(instanceIds: readonly string[]): Promise<string[][]>;
  /** Requests answered since the last call, by status; clears the emulator's log. */
  countRequests(): Promise<RequestCounts>;
  stop(): Promise<void>;
}

export async function startEmulatorProcess(options: EmulatorOptions): Promise<EmulatorHandle> {
  // No inherited flags: a --cpu-prof or --expose-gc of the benchmark is not the emulator's business.
  const child: ChildProcess = fork(join(__dirname, 'emulatorProcess.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  child.on('message', (answer: Answer) => {
    const waiter = pending.get(answer.id);
    pending.delete(answer.id);
    if (answer.ok) waiter?.resolve(answer.value);
    else waiter?.reject(new Error(`emulator: ${answer.message}`));
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`the emulator process exited (${code})`));
    pending.clear();
  });

  function ask<C extends Command>(command: C): Promise<Replies[C['cmd']]> {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, command } satisfies Envelope);
    });
  }

  const info = await ask({ cmd: 'start', options });
  return {
    info,
    reset: async () => {
      await ask({ cmd: 'reset' });
    },
    taskIds: (instanceIds) => ask({ cmd: 'taskIds', instanceIds }),
    countRequests: () => ask({ cmd: 'countRequests' }),
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await ask({ cmd: 'stop' });
      child.disconnect();
      await exited;
    },
  };
}
