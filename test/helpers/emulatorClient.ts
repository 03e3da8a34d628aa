/** Signed requests to the emulator with the project's signer and plain node:http, independent of the API client. */
import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import { canonicalQueryString, encodePath, QueryParams } from '../../src/net/encoding';
import { sign } from '../../src/net/signer';
import type { Emulator } from '../../emulator/index';

export interface CallOptions {
  readonly service: string;
  readonly region?: string;
  readonly method?: string;
  /** Raw path segments after `/{service}/{region}`. */
  readonly path: readonly string[];
  readonly query?: QueryParams;
  readonly projectId?: string;
  readonly domainId?: string;
  readonly body?: string;
  readonly date?: Date | string;
  readonly keys?: { readonly accessKey: string; readonly secretKey: string };
  /** Unsigned: no Authorization and no X-Sdk-Date. */
  readonly unsigned?: boolean;
  /** Changes headers after signing (to tamper with a signed request). */
  readonly afterSign?: (headers: Record<string, string>) => void;
  readonly derived?: boolean;
}

export interface CallResult {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  /** Parsed JSON, or undefined for an empty body. */
  readonly json: unknown;
}

export function signedHeaders(emu: Emulator, o: CallOptions): { path: string; headers: Record<string, string> } {
  const region = o.region ?? 'cn-north-4';
  const segments = [o.service, region, ...o.path];
  const query = canonicalQueryString(o.query);
  const path = encodePath(segments) + (query ? `?${query}` : '');
  const base: Record<string, string> = { 'Content-Type': 'application/json' };
  if (o.projectId) base['X-Project-Id'] = o.projectId;
  if (o.domainId) base['X-Domain-Id'] = o.domainId;
  if (o.unsigned) return { path, headers: { ...base, host: `127.0.0.1:${emu.port}` } };
  const keys = o.keys ?? emu;
  const signed = sign(
    { method: o.method ?? 'GET', host: `127.0.0.1:${emu.port}`, pathSegments: segments, query: o.query, headers: base, body: o.body },
    { accessKey: keys.accessKey, secretKey: keys.secretKey },
    { date: o.date ?? new Date(), ...(o.derived ? { derived: { region, service: o.service } } : {}) },
  );
  const headers = { ...signed.headers };
  o.afterSign?.(headers);
  return { path, headers };
}

export function rawRequest(emu: Emulator, method: string, path: string, headers: Record<string, string>, body?: string): Promise<CallResult> {
  return new Promise((resolve, reject) => {
    const sized = body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) };
    const req = httpRequest({ host: '127.0.0.1', port: emu.port, method, path, headers: sized }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function call(emu: Emulator, o: CallOptions): Promise<CallResult> {
  const { path, headers } = signedHeaders(emu, o);
  return rawRequest(emu, o.method ?? 'GET', path, headers, o.body);
}

/** Control-route call (unsigned JSON). */
export function control(emu: Emulator, method: string, route: string, body?: unknown): Promise<CallResult> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return rawRequest(emu, method, `/_emulator/${route}`, { 'Content-Type': 'application/json' }, text);
}
