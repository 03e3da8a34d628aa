/**
 * The emulator in its own process, so its CPU time does not count as ours: the benchmark's event loop
 * lag, heap and timings then measure the client alone.
 */
import { Emulator, startEmulator } from '../emulator/index';
import type { AccountProject, Answer, Command, EmulatorInfo, Envelope, RequestCounts } from './emulatorProtocol';

let emulator: Emulator | undefined;

function running(): Emulator {
  if (!emulator) throw new Error('the emulator is not started');
  return emulator;
}

function describe(emu: Emulator): EmulatorInfo {
  const data = emu.data;
  const projects: AccountProject[] = data.projects
    .filter((p) => data.dcsInstances(p.id).length > 0)
    .map((p) => ({
      id: p.id,
      name: p.name,
      region: p.name.split('_')[0]!,
      instances: {
        dcs: data.dcsInstances(p.id).map((i) => i.id),
        kafka: data.dmsInstances(p.id, 'kafka').map((i) => i.id),
        rocketmq: data.dmsInstances(p.id, 'rocketmq').map((i) => i.id),
        rabbitmq: data.dmsInstances(p.id, 'rabbitmq').map((i) => i.id),
      },
    }));
  return { url: emu.url, endpointTemplate: emu.endpointTemplate, accessKey: emu.accessKey, secretKey: emu.secretKey, domainId: data.domainId, projects };
}

/** Tasks are generated on first use; generating them all now keeps that cost out of the first run. */
function warm(info: EmulatorInfo, emu: Emulator): void {
  for (const p of info.projects) for (const ids of Object.values(p.instances)) for (const id of ids) emu.data.tasks(id);
}

function countRequests(emu: Emulator): RequestCounts {
  const byStatus: Record<string, number> = {};
  const entries = emu.log();
  for (const e of entries) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  emu.clearLog();
  return { total: entries.length, byStatus };
}

async function run(command: Command): Promise<unknown> {
  switch (command.cmd) {
    case 'start': {
      emulator = await startEmulator(command.options);
      const info = describe(emulator);
      warm(info, emulator);
      return info;
    }
    case 'reset': {
      const emu = running();
      emu.reset();
      warm(describe(emu), emu);
      return null;
    }
    case 'taskIds':
      return command.instanceIds.map((id) => running().data.tasks(id).map((t) => t.id));
    case 'countRequests':
      return countRequests(running());
    case 'stop':
      await emulator?.stop();
      emulator = undefined;
      return null;
  }
}

process.on('message', (message: Envelope) => {
  run(message.command).then(
    (value) => process.send?.({ id: message.id, ok: true, value } satisfies Answer),
    (e: unknown) => process.send?.({ id: message.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies Answer),
  );
});
// The parent going away ends this process too.
process.on('disconnect', () => process.exit(0));
