/** #1: signing throughput, ours against the official SDK signer, on the same varied requests. */
import { performance } from 'node:perf_hooks';
import { Credentials, sign } from '../src/net/signer';
import { sdkSign } from '../test/helpers/sdkSigner';
import { atLeast, Row, row } from './rows';
import { SignCase, signCases } from './signRequests';
import type { BenchSizes } from './sizes';
import { median, round } from './stats';

const KEYS: Credentials = { accessKey: 'BENCHAK0000000000001', secretKey: 'BenchSecretKey000000000000000000000000001' };
const CHECK_DATE = '20260115T101500Z';

function signOurs(cases: readonly SignCase[]): number {
  const started = performance.now();
  for (const c of cases) sign(c.ours, KEYS, { date: new Date() });
  return performance.now() - started;
}

async function signSdk(cases: readonly SignCase[]): Promise<number> {
  const started = performance.now();
  for (const c of cases) await sdkSign(c.sdk, { ...KEYS, projectId: c.projectId });
  return performance.now() - started;
}

/** Both sides must do the same work: the same Authorization for the same request and time. */
async function mismatches(cases: readonly SignCase[]): Promise<number> {
  let differing = 0;
  for (const c of cases) {
    const ours = sign(c.ours, KEYS, { date: CHECK_DATE }).authorization;
    const theirs = await sdkSign({ ...c.sdk, headers: { ...c.sdk.headers, 'X-Sdk-Date': CHECK_DATE } }, { ...KEYS, projectId: c.projectId });
    if (theirs['Authorization'] !== ours) differing++;
  }
  return differing;
}

export async function benchSigning(sizes: BenchSizes): Promise<Row[]> {
  const cases = signCases(sizes.signRequests);
  const differing = await mismatches(cases.slice(0, 50));
  // A warm-up pass each, then alternating runs so drift on a shared machine hits both sides alike.
  signOurs(cases);
  await signSdk(cases);
  const ours: number[] = [];
  const sdk: number[] = [];
  for (let run = 0; run < sizes.signRuns; run++) {
    ours.push(signOurs(cases));
    sdk.push(await signSdk(cases));
  }
  const perSecond = (ms: number): number => Math.round((cases.length / ms) * 1000);
  const oursRate = perSecond(median(ours));
  const sdkRate = perSecond(median(sdk));
  const work = `sign ${cases.length.toLocaleString('en')} varied requests`;
  return [
    row('1', `${work}: ours`, oursRate, 'req/s', undefined, differing === 0 ? 'same Authorization as the SDK on a checked sample' : `${differing} of 50 signatures differ from the SDK`),
    row('1', `${work}: official SDK signer`, sdkRate, 'req/s'),
    row('1', 'signing throughput, ours ÷ SDK', round(oursRate / sdkRate), '×', atLeast(5, '×')),
  ];
}
