/** Puts replies on the wire, normally or the way an injected fault says: cut, trickled, oversized or reset. */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { DMS_ERROR, gatewayError, internalError, Reply, REQUEST_ID_PLACEHOLDER } from './reply';
import type { EmulatedService, FaultAction } from './types';

export interface Envelope {
  readonly requestId: string;
  /** HTTP date on the emulator's clock. */
  readonly date: string;
}

/** Body bytes and content type of a reply; gateway bodies get the request id filled in. */
export function serialize(reply: Reply, requestId: string): { bytes: Buffer; contentType?: string } {
  if (reply.raw) return { bytes: Buffer.from(reply.raw.text, 'utf8'), contentType: reply.raw.contentType };
  if (reply.body === undefined) return { bytes: Buffer.alloc(0) };
  let body = reply.body;
  if (body && typeof body === 'object' && (body as { request_id?: unknown }).request_id === REQUEST_ID_PLACEHOLDER) {
    body = { ...body, request_id: requestId };
  }
  return { bytes: Buffer.from(JSON.stringify(body), 'utf8'), contentType: 'application/json;charset=UTF-8' };
}

function head(res: ServerResponse, reply: Reply, env: Envelope, length: number, contentType?: string): void {
  res.statusCode = reply.status;
  res.setHeader('X-Request-Id', env.requestId);
  res.setHeader('Date', env.date);
  for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
  if (contentType) res.setHeader('Content-Type', contentType);
  if (reply.status !== 204) res.setHeader('Content-Length', length);
}

export function send(res: ServerResponse, reply: Reply, env: Envelope): void {
  const { bytes, contentType } = serialize(reply, env.requestId);
  head(res, reply, env, bytes.length, contentType);
  res.end(reply.status === 204 ? undefined : bytes);
}

/** Resets the TCP connection (RST, not a clean FIN), after the given bytes have been flushed. */
function resetAfter(socket: Socket, bytes?: Buffer | string): void {
  if (bytes === undefined) socket.resetAndDestroy();
  else socket.write(bytes, () => socket.resetAndDestroy());
}

const HTML_PAGE = (status: number): string =>
  `<html>\r\n<head><title>${status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>${status} Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

/** The error reply a status fault stands for. */
export function statusReply(action: Extract<FaultAction, { kind: 'status' }>, service: EmulatedService | null): Reply {
  const { status } = action;
  let reply: Reply;
  if (status === 429) {
    const retry = action.retryAfter === undefined ? 2 : action.retryAfter;
    reply = gatewayError(429, 'APIGW.0308', 'The throttling threshold has been reached: policy user over ratelimit, limit:100, time:1 minute', retry === null ? undefined : { 'Retry-After': String(retry) });
  } else if (status === 500) reply = internalError(service);
  else if (status === 502) reply = gatewayError(502, 'APIGW.0202', 'Backend unavailable');
  else if (status === 503) reply = gatewayError(503, 'APIGW.0204', 'The service is unavailable. Try again later');
  else if (status === 504) reply = gatewayError(504, 'APIGW.0203', 'Backend timeout');
  else reply = gatewayError(status, `APIGW.0${status}`, 'Injected error');
  if (action.errorCode !== undefined || action.errorMsg !== undefined) {
    const body = { ...(reply.body as Record<string, unknown>) };
    if (action.errorCode !== undefined) body.error_code = action.errorCode;
    if (action.errorMsg !== undefined) body.error_msg = action.errorMsg;
    reply = { ...reply, body };
  }
  return reply;
}

/** Replies that replace the route's answer entirely: the request never reaches the backend. */
export function replacementReply(action: FaultAction, service: EmulatedService | null): Reply | undefined {
  switch (action.kind) {
    case 'status':
      return statusReply(action, service);
    case 'flowControl':
      return DMS_ERROR(action.status ?? 404, 'DMS.10240407', 'The request is too frequent, flow control.');
    case 'html':
      return { status: action.status ?? 502, raw: { contentType: 'text/html', text: HTML_PAGE(action.status ?? 502) } };
    case 'raw':
      return { status: action.status, raw: { contentType: action.contentType ?? 'text/plain', text: action.text } };
    case 'wrongShape':
      return { status: 200, body: action.body ?? { result: { items: 'not-a-list' }, count: 'many' } };
    default:
      return undefined;
  }
}

/** Faults that change how the reply travels; false when the action is not one of them. */
export function deliverWithFault(res: ServerResponse, reply: Reply, env: Envelope, action: FaultAction): boolean {
  const socket = res.socket;
  switch (action.kind) {
    case 'reset': {
      if (!socket) return true;
      if ((action.at ?? 'beforeResponse') === 'beforeResponse') resetAfter(socket);
      else if (action.at === 'afterHeaders') resetAfter(socket, `HTTP/1.1 ${reply.status} OK\r\nX-Request-Id: ${env.requestId}\r\nContent-Ty`);
      else {
        const { bytes, contentType } = serialize(reply, env.requestId);
        head(res, { ...reply, status: 200 }, env, Math.max(bytes.length, 2), contentType);
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => socket.resetAndDestroy());
      }
      return true;
    }
    case 'truncatedJson': {
      const { bytes } = serialize(reply.body === undefined ? { ...reply, status: 200, body: { message: '' } } : reply, env.requestId);
      const cut = bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
      head(res, { ...reply, status: reply.status === 204 ? 200 : reply.status }, env, cut.length, 'application/json;charset=UTF-8');
      res.end(cut);
      return true;
    }
    case 'slowBody': {
      const { bytes, contentType } = serialize(reply, env.requestId);
      head(res, reply, env, bytes.length, contentType);
      trickle(res, bytes, action.chunkBytes ?? 16, action.intervalMs ?? 50);
      return true;
    }
    case 'oversized':
      streamOversized(res, env, action.bytes ?? 50 * 1024 * 1024);
      return true;
    default:
      return false;
  }
}

function trickle(res: ServerResponse, bytes: Buffer, chunk: number, interval: number): void {
  let at = 0;
  const step = (): void => {
    if (res.destroyed) return;
    if (at >= bytes.length) {
      res.end();
      return;
    }
    res.write(bytes.subarray(at, at + chunk));
    at += chunk;
    setTimeout(step, interval);
  };
  step();
}

/** A valid but huge JSON document, written in chunks as the client drains them. */
function streamOversized(res: ServerResponse, env: Envelope, total: number): void {
  const open = Buffer.from('{"tasks":[],"padding":"');
  const close = Buffer.from('"}');
  const size = Math.max(total, open.length + close.length);
  head(res, { status: 200 }, env, size, 'application/json;charset=UTF-8');
  const filler = Buffer.alloc(64 * 1024, 'x');
  let remaining = size - open.length - close.length;
  res.write(open);
  const pump = (): void => {
    while (remaining > 0) {
      if (res.destroyed) return;
      const n = Math.min(remaining, filler.length);
      remaining -= n;
      if (!res.write(filler.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    res.end(close);
  };
  pump();
}
