/**
 * A real HTTP server on 127.0.0.1:0 for network tests: records every request (with its full body)
 * and answers through a handler the test can swap between steps.
 */
import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query exactly as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type Handler = (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>`, or `https://` with a certificate. */
  readonly origin: string;
  readonly requests: RecordedRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Listens on 127.0.0.1 on the given port, or a free one. */
export async function listen(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Closes a server and every connection still open on it (keep-alive, or a response left hanging). */
export async function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

/** A PEM certificate and key: the server then speaks HTTPS. */
export interface ServerTls {
  readonly cert: string;
  readonly key: string;
}

export async function startServer(initial?: Handler, port = 0, tls?: ServerTls): Promise<TestServer> {
  let handler: Handler = initial ?? ((_req, res) => json(res, 200, {}));
  const requests: RecordedRequest[] = [];
  const listener = (raw: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', () => {
      const req: RecordedRequest = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks) };
      requests.push(req);
      Promise.resolve(handler(req, res, raw)).catch((e: unknown) => {
        res.destroy(e instanceof Error ? e : new Error(String(e)));
      });
    });
  };
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  const sockets = trackSockets(server);
  const bound = await listen(server, port);
  return {
    port: bound,
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${bound}`,
    requests,
    handle: (h) => {
      handler = h;
    },
    close: () => closeServer(server, sockets),
  };
}

/** A port that refuses connections: bound once, then released. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
