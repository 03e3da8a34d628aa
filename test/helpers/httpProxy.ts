/**
 * A small forward proxy for tests: tunnels CONNECT and forwards absolute-form requests, logging each with the
 * answer it gave, so a test can tell whether traffic went through it. Optionally it asks for Basic
 * credentials (407 otherwise), and optionally it inspects TLS as corporate proxies do: it ends the client's
 * TLS itself with a certificate its own authority signs for the requested host, and opens its own TLS
 * connection to the real server.
 */
import { createServer, IncomingMessage, request as httpRequest } from 'node:http';
import { connect, Socket } from 'node:net';
import { connect as tlsConnect, TLSSocket } from 'node:tls';
import type { CertificateAuthority, ServerCertificate } from '../../emulator/certificates';
import { closeServer, listen, trackSockets } from './httpServer';

export interface ProxyLogEntry {
  /** `CONNECT` or the forwarded method. */
  readonly method: string;
  /** `host:port` of a CONNECT, or the absolute URL of a forwarded request. */
  readonly target: string;
  /** What the proxy answered: 200, 407, 502. */
  readonly status: number;
  /** Whether a `Proxy-Authorization` header came with it. */
  readonly withCredentials: boolean;
}

export interface ProxyOptions {
  /** Ask for Basic credentials: anything else gets 407 with `Proxy-Authenticate: Basic realm="tests"`. */
  readonly basic?: { readonly user: string; readonly password: string };
  /** Inspect TLS, signing per-host certificates with this authority and trusting `upstreamCa` for the servers. */
  readonly intercept?: {
    readonly authority: CertificateAuthority;
    readonly issue: (authority: CertificateAuthority, hosts: readonly string[]) => Promise<ServerCertificate>;
    readonly upstreamCa: readonly string[];
  };
  /** 0 (default) picks a free port; a fixed one lets a test bring "the same" proxy back. */
  readonly port?: number;
}

export interface TestProxy {
  readonly url: string;
  readonly port: number;
  /** Target of every request that reached the proxy, answered or refused (see `log` for the answers). */
  readonly targets: string[];
  readonly log: ProxyLogEntry[];
  close(): Promise<void>;
}

export const basicAuthorization = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function authorised(req: IncomingMessage, options: ProxyOptions): boolean {
  return !options.basic || req.headers['proxy-authorization'] === basicAuthorization(options.basic.user, options.basic.password);
}

const PROXY_AUTH_REQUIRED = 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="tests"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

export async function startProxy(options: ProxyOptions = {}): Promise<TestProxy> {
  const targets: string[] = [];
  const log: ProxyLogEntry[] = [];
  const record = (req: IncomingMessage, status: number): void => {
    targets.push(req.url ?? '');
    log.push({ method: req.method ?? '', target: req.url ?? '', status, withCredentials: req.headers['proxy-authorization'] !== undefined });
  };
  const certificates = new Map<string, Promise<ServerCertificate>>();

  const server = createServer((req, res) => {
    if (!authorised(req, options)) {
      record(req, 407);
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="tests"', 'Content-Length': '0' }).end();
      return;
    }
    record(req, 200);
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

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    client.on('error', () => undefined);
    if (!authorised(req, options)) {
      record(req, 407);
      client.end(PROXY_AUTH_REQUIRED);
      return;
    }
    const [host = '', port = ''] = (req.url ?? '').split(/:(?=\d+$)/);
    if (options.intercept) {
      const intercept = options.intercept;
      record(req, 200);
      let certificate = certificates.get(host);
      if (!certificate) certificates.set(host, (certificate = intercept.issue(intercept.authority, [host.replace(/^\[|\]$/g, '')])));
      void certificate.then((issued) => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) client.unshift(head);
        const inner = new TLSSocket(client, { isServer: true, cert: issued.certificatePem, key: issued.keyPem });
        inner.on('error', () => client.destroy());
        const upstream = tlsConnect({ host, port: Number(port), ca: [...intercept.upstreamCa] }, () => {
          inner.pipe(upstream);
          upstream.pipe(inner);
        });
        upstream.on('error', () => inner.destroy());
      });
      return;
    }
    let established = false;
    const upstream = connect(Number(port), host, () => {
      established = true;
      record(req, 200);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      if (established) return void client.destroy();
      record(req, 502);
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    client.on('close', () => upstream.destroy());
  });
  const sockets = trackSockets(server);
  const port = await listen(server, options.port ?? 0);
  return { url: `http://127.0.0.1:${port}`, port, targets, log, close: () => closeServer(server, sockets) };
}
