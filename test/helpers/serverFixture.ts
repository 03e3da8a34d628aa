/**
 * The client suites' shared fixture: a fresh local test server for every test (closed after it), and the
 * answers they script on it. Read `fx.server` inside tests and hooks only.
 */
import type { ServerResponse } from 'node:http';
import { json, startServer, type TestServer } from './httpServer';

export function withTestServer(): { readonly server: TestServer } {
  const fx = {} as { server: TestServer };
  beforeEach(async () => {
    fx.server = await startServer();
  });
  afterEach(() => fx.server.close());
  return fx;
}

export type Step = (res: ServerResponse) => void;

/** Answers the listed responses in order, the last one repeating. */
export function sequence(server: TestServer, ...steps: Step[]): void {
  server.handle((_r, res) => steps[Math.min(server.requests.length, steps.length) - 1]!(res));
}

/** A JSON answer with this status. */
export const status =
  (code: number, body: unknown = {}, headers: Record<string, string> = {}): Step =>
  (res) =>
    json(res, code, body, headers);
