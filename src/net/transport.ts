/**
 * One attempt of one request: sign, send exactly the signed bytes, read a bounded body. Everything
 * that goes on the wire (path, query, body) is built from the same values the signer saw, so the
 * server's canonical request equals ours.
 */
import type { Dispatcher } from 'undici';
import type { ApiRequest, HttpMethod } from './api';
import { encodePath } from './encoding';
import type { ResolvedEndpoint } from './endpoints';
import { CloudError } from './errors';
import { Credentials, sign } from './signer';
import { SigningError } from './signingError';
import { AbortCause, classifyTransportError, TransportFailure } from './transportErrors';
import { request } from './undiciParts';

export interface PreparedRequest {
  /** Encoded path and canonical query, as sent. */
  readonly path: string;
  /** Signed headers plus the unsigned Accept and User-Agent. */
  readonly headers: Record<string, string>;
}

export interface PrepareInput {
  readonly endpoint: ResolvedEndpoint;
  readonly request: ApiRequest;
  readonly body?: Buffer;
  readonly credentials: Credentials;
  readonly date: Date;
  /** Sign with a key derived for the request's region and service label (V11). */
  readonly derived: boolean;
  readonly userAgent: string;
}

export function prepareRequest(input: PrepareInput): PreparedRequest {
  const { endpoint, request } = input;
  const segments = [...endpoint.basePath, ...request.path];
  // The SDK sends content-type on every call, GET and DELETE included, and signs it.
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.projectId !== undefined) headers['X-Project-Id'] = request.projectId;
  if (request.domainId !== undefined) headers['X-Domain-Id'] = request.domainId;
  try {
    const signed = sign(
      { method: request.method, host: endpoint.host, pathSegments: segments, query: request.query, headers, body: input.body },
      input.credentials,
      { date: input.date, derived: input.derived ? { region: request.region, service: request.service } : undefined },
    );
    // The query the signer canonicalised is the one sent, so the wire matches what was signed.
    const query = signed.canonicalQueryString;
    return {
      path: encodePath(segments) + (query === '' ? '' : '?' + query),
      headers: { ...signed.headers, Accept: 'application/json', 'User-Agent': input.userAgent },
    };
  } catch (e) {
    // Signer messages name the offending header or text, never a key.
    if (e instanceof SigningError) throw new CloudError('badInput', `Cannot sign the request: ${e.message}`, { operation: request.operation });
    throw e;
  }
}

export interface RawResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** The status line and headers of a response whose body then could not be read. */
export interface Answered {
  readonly status: number;
  readonly headers: Record<string, string>;
}

export type AttemptOutcome =
  | { readonly ok: true; readonly response: RawResponse }
  | { readonly ok: false; readonly failure: TransportFailure; readonly answered?: Answered };

export interface SendInput {
  readonly dispatcher: Dispatcher;
  readonly endpoint: ResolvedEndpoint;
  readonly method: HttpMethod;
  readonly prepared: PreparedRequest;
  readonly body?: Buffer;
  readonly signal?: AbortSignal;
  /** Total time allowed for the body once the headers are in. */
  readonly bodyMs: number;
  readonly maxResponseBytes: number;
  readonly operation?: string;
  /** The proxy the dispatcher tunnels through, for messages about certificates seen behind it. */
  readonly via?: string;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Stops reading a body we no longer want; undici reports that as an error nobody is waiting for. */
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on('error', () => undefined);
  body.destroy();
}

function tooLarge(input: SendInput, answered: Answered): AttemptOutcome {
  const error = new CloudError('badResponse', `The response from ${input.endpoint.host} is larger than ${input.maxResponseBytes} bytes.`, {
    operation: input.operation,
  });
  return { ok: false, failure: { error, notSent: false }, answered };
}

export async function sendOnce(input: SendInput): Promise<AttemptOutcome> {
  const { endpoint, signal } = input;
  const controller = new AbortController();
  let abortCause: AbortCause | undefined;
  const abort = (cause: AbortCause): void => {
    abortCause ??= cause;
    controller.abort();
  };
  const onCallerAbort = (): void => abort('cancelled');
  if (signal?.aborted) onCallerAbort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  let bodyTimer: NodeJS.Timeout | undefined;
  let answered: Answered | undefined;
  try {
    const res = await request(input.dispatcher, {
      origin: endpoint.origin,
      path: input.prepared.path,
      method: input.method,
      headers: input.prepared.headers,
      body: input.body,
      signal: controller.signal,
    });
    // undici's bodyTimeout bounds the silence between chunks; this bounds a body that trickles.
    bodyTimer = setTimeout(() => abort('bodyTimeout'), input.bodyMs);
    const headers = flattenHeaders(res.headers);
    answered = { status: res.statusCode, headers };
    if (Number(headers['content-length']) > input.maxResponseBytes) {
      discard(res.body);
      return tooLarge(input, answered);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > input.maxResponseBytes) {
        discard(res.body);
        return tooLarge(input, answered);
      }
      chunks.push(buf);
    }
    return { ok: true, response: { status: res.statusCode, headers, body: Buffer.concat(chunks) } };
  } catch (err) {
    return { ok: false, failure: classifyTransportError(err, endpoint.host, abortCause, input.operation, input.via), answered };
  } finally {
    clearTimeout(bodyTimer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}
