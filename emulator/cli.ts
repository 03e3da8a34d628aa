/**
 * `npm run emulator -- --port 8443 --projects 4 --instances 10 --tasks 50 [--seed N] [--latency MS]
 * [--rate N] [--ak AK --sk SK] [--variant docs|sdk|lenient|ignore-paging] [--fault JSON]… [--tls [--tls-dir DIR]]`: serves until Ctrl-C / SIGTERM.
 */
import { parseArgs } from 'node:util';
import { validateRule } from './faults';
import { startEmulator } from './index';
import type { EmulatorOptions, FaultRule } from './types';
import { isVariantName, VARIANT_NAMES } from './variants';

const USAGE = `Usage: emulator [--port N] [--projects N] [--instances N] [--tasks N] [--seed N] [--latency MS] [--rate N]
                [--ak AK --sk SK] [--variant ${VARIANT_NAMES.join('|')}]
                [--fault '{"service":"dms","method":"DELETE","action":{"kind":"status","status":429},"count":2}']
                [--tls [--tls-dir DIR]]   HTTPS with a throw-away CA written to DIR (a new temporary folder by default)`;

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
  return n;
}

export function parseCli(argv: readonly string[]): EmulatorOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      projects: { type: 'string' },
      instances: { type: 'string' },
      tasks: { type: 'string' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      rate: { type: 'string' },
      ak: { type: 'string' },
      sk: { type: 'string' },
      fault: { type: 'string', multiple: true },
      tls: { type: 'boolean' },
      'tls-dir': { type: 'string' },
      variant: { type: 'string' },
    },
  });
  if (values['tls-dir'] !== undefined && !values.tls) throw new Error('--tls-dir goes with --tls');
  if ((values.ak === undefined) !== (values.sk === undefined)) throw new Error('--ak and --sk go together');
  if (values.variant !== undefined && !isVariantName(values.variant)) throw new Error(`--variant must be one of ${VARIANT_NAMES.join(', ')}`);
  const faults: FaultRule[] = (values.fault ?? []).map((text) => validateRule(JSON.parse(text)));
  const pick = <K extends keyof EmulatorOptions>(key: K, value: EmulatorOptions[K] | undefined): Partial<EmulatorOptions> => (value === undefined ? {} : { [key]: value });
  return {
    ...pick('port', int('port', values.port)),
    ...pick('projects', int('projects', values.projects)),
    ...pick('instances', int('instances', values.instances)),
    ...pick('tasks', int('tasks', values.tasks)),
    ...pick('seed', int('seed', values.seed)),
    ...pick('latencyMs', int('latency', values.latency)),
    ...pick('ratePerSecond', int('rate', values.rate)),
    ...(values.ak !== undefined && values.sk !== undefined ? { keys: [{ accessKey: values.ak, secretKey: values.sk }] } : {}),
    ...(faults.length > 0 ? { faults } : {}),
    ...(values.tls ? { tls: values['tls-dir'] !== undefined ? { dir: values['tls-dir'] } : true } : {}),
    ...pick('variant', values.variant),
  };
}

async function main(): Promise<void> {
  let options: EmulatorOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const emulator = await startEmulator(options);
  const p = emulator.data.projects[0];
  // Only the built-in test pair is echoed; a secret key given on the command line is not repeated.
  const sk = options.keys ? '<the --sk value>' : emulator.secretKey;
  process.stdout.write(
    [
      `Huawei Cloud API emulator listening on ${emulator.url}`,
      `Endpoint template: ${emulator.endpointTemplate}`,
      `Server variant:   ${options.variant ?? 'lenient'}`,
      `Test access key:  ${emulator.accessKey}`,
      `Test secret key:  ${sk}`,
      `Example environment:`,
      `  HUAWEICLOUD_SDK_AK=${emulator.accessKey} HUAWEICLOUD_SDK_SK=${sk}`,
      p ? `First project: ${p.name} (${p.id}); control API: ${emulator.url}/_emulator/data` : '',
      ...(emulator.tls
        ? [
            `HTTPS with a throw-away certificate authority "${emulator.tls.authorityName}": ${emulator.tls.caPath}`,
            `  trust it in VS Code with the user setting  "huaweicloudTasks.caCertificates": [${JSON.stringify(emulator.tls.caPath)}]`,
            `  or, for Node.js tools:  NODE_EXTRA_CA_CERTS=${emulator.tls.caPath}`,
          ]
        : []),
      'Press Ctrl-C to stop',
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) void main();
