/**
 * The HTTP front: one port, routing by `/{service}/{region}/…`, then what the gateway does (API match,
 * signature, throttling), then faults, then the service's answer.
 */
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { parseWireQuery } from '../src/net/encoding';
import { CONTROL_PREFIX, handleControl } from './control';
import { AUTH_FAILED_MSG, gatewayError, internalError, Rejection, Reply, UNKNOWN_API } from './reply';
import { deliverWithFault, Envelope, replacementReply, send } from './respond';
import { isService, ROUTES } from './routes';
import type { RouteContext, RouteMatch } from './routes/route';
import type { EmulatorState } from './state';
import type { EmulatedService, FaultAction } from './types';
import { verifyRequest } from './verify';

const MAX_BODY = 1024 * 1024;

interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly env: Envelope;
  readonly path: string;
  service: EmulatedService | null;
  region: string | null;
  accessKey: string | null;
  fault: FaultAction['kind'] | null;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function safeQuery(search: string): Record<string, string[]> {
  try {
    return parseWireQuery(search);
  } catch {
    return {};
  }
}

/** With `tls` (a PEM certificate and key) the same emulator answers over HTTPS. */
export function createEmulatorServer(state: EmulatorState, tls?: { readonly cert: string; readonly key: string }): Server {
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(state, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
  const server = tls ? createTlsServer({ cert: tls.cert, key: tls.key }, listener) : createServer(listener);
  // Clients keep connections alive across many calls; idle sockets must not hold up stop().
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const envelope = { requestId: randomBytes(16).toString('hex'), date: new Date(state.now()).toUTCString() };
  // Control calls are the test's own bookkeeping: kept out of the request log and the concurrency count.
  if (path.startsWith(CONTROL_PREFIX)) {
    const body = await readBody(req);
    return send(res, body === null ? gatewayError(413, 'APIGW.0201', 'Request entity too large') : handleControl(state, req.method ?? '', path, body), envelope);
  }
  const ex: Exchange = {
    req,
    res,
    path,
    env: envelope,
    service: null,
    region: null,
    accessKey: null,
    fault: null,
  };
  state.log.begin();
  res.on('close', () => {
    state.log.end({
      requestId: ex.env.requestId,
      method: req.method ?? '',
      path,
      query: queryAt < 0 ? {} : { ...safeQuery(url.slice(queryAt + 1)) },
      service: ex.service,
      region: ex.region,
      accessKey: ex.accessKey,
      status: res.headersSent ? res.statusCode : 0,
      fault: ex.fault,
      time: new Date(started + state.clockOffsetMs).toISOString(),
      durationMs: Date.now() - started,
    });
  });
  const body = await readBody(req);
  if (body === null) return send(res, gatewayError(413, 'APIGW.0201', 'Request entity too large'), ex.env);
  await serveApi(state, ex, url, body);
}

async function serveApi(state: EmulatorState, ex: Exchange, url: string, body: Buffer): Promise<void> {
  const [, service = '', region = '', ...rest] = ex.path.split('/');
  const apiPath = '/' + rest.join('/');
  const method = ex.req.method ?? '';
  const match = isService(service) && region ? ROUTES.match(service, method, apiPath) : undefined;
  if (isService(service)) ex.service = service;
  if (region) ex.region = region;
  if (!match || !isService(service)) return send(ex.res, UNKNOWN_API(), ex.env);

  const verdict = verifyRequest({ method, url, headers: ex.req.headers, body }, state.keys, state.now());
  if (!verdict.ok) return send(ex.res, gatewayError(401, 'APIGW.0301', verdict.reason || AUTH_FAILED_MSG), ex.env);
  ex.accessKey = verdict.accessKey;
  if (state.overRate()) {
    const limit = state.options.ratePerSecond ?? 0;
    const msg = `The throttling threshold has been reached: policy user over ratelimit, limit:${limit}, time:1 second`;
    return send(ex.res, gatewayError(429, 'APIGW.0308', msg, { 'Retry-After': '1' }), ex.env);
  }

  const queryAt = url.indexOf('?');
  const query = queryAt < 0 ? {} : safeQuery(url.slice(queryAt + 1));
  const actions = state.faults.decide({ service, method, apiPath, query, ...(match.params.task_id !== undefined ? { taskId: match.params.task_id } : {}) });
  const wait = (state.options.latencyMs ?? 0) + actions.reduce((sum, a) => sum + (a.kind === 'latency' ? a.ms : 0), 0);
  if (wait > 0) await delay(wait);
  const fault = actions.find((a) => a.kind !== 'latency');
  if (actions.length > 0) ex.fault = (fault ?? actions[0]!).kind;
  if (ex.res.destroyed) return;

  if (fault?.kind === 'reset' && (fault.at ?? 'beforeResponse') === 'beforeResponse') {
    deliverWithFault(ex.res, { status: 0 }, ex.env, fault);
    return;
  }
  const replaced = fault ? replacementReply(fault, service) : undefined;
  const reply = replaced ?? answer(state, match, { method, region, query, headers: ex.req.headers }, service);
  if (fault && !replaced && deliverWithFault(ex.res, reply, ex.env, fault)) return;
  send(ex.res, reply, ex.env);
}

function answer(state: EmulatorState, match: RouteMatch, request: Omit<RouteContext, 'params' | 'data' | 'behaviour'>, service: EmulatedService): Reply {
  try {
    return match.route.handle({ ...request, params: match.params, data: state.data, behaviour: state.behaviour });
  } catch (e) {
    if (e instanceof Rejection) return e.reply;
    return internalError(service);
  }
}
