/**
 * A tiny forward proxy for tests: tunnels CONNECT and forwards absolute-form requests, recording the
 * target of each, so a test can tell whether traffic went through it.
 */
import { createServer, request as httpRequest } from 'node:http';
import { connect, Socket } from 'node:net';
import { closeServer, listen, trackSockets } from './httpServer';

export interface TestProxy {
  readonly url: string;
  /** `host:port` of each CONNECT, or the absolute URL of each forwarded request. */
  readonly targets: string[];
  close(): Promise<void>;
}

export async function startProxy(): Promise<TestProxy> {
  const targets: string[] = [];
  const server = createServer((req, res) => {
    targets.push(req.url ?? '');
    const target = new URL(req.url ?? '');
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    targets.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const sockets = trackSockets(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, targets, close: () => closeServer(server, sockets) };
}
