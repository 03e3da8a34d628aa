/** The route table's types and matching: `/v2/{project_id}/instances` style patterns per service. */
import type { IncomingHttpHeaders } from 'node:http';
import type { SampleData } from '../data';
import type { Reply } from '../reply';
import type { EmulatedService } from '../types';
import type { ServerBehaviour } from '../variants';

export interface RouteContext {
  readonly method: string;
  readonly region: string;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, readonly string[]>>;
  readonly headers: IncomingHttpHeaders;
  readonly data: SampleData;
  readonly behaviour: ServerBehaviour;
}

export interface Route {
  readonly service: EmulatedService;
  readonly method: string;
  readonly pattern: string;
  readonly handle: (ctx: RouteContext) => Reply;
}

interface CompiledRoute {
  readonly route: Route;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

export class RouteTable {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern.replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      // The SDK strips a trailing slash and other clients may keep one: accept both, as the gateway does.
      return { route, regex: new RegExp(`^${source}/?$`), names };
    });
  }

  /** A match, or undefined when no route has this service, method and path (the gateway's APIGW.0101). */
  match(service: string, method: string, apiPath: string): RouteMatch | undefined {
    for (const c of this.compiled) {
      if (c.route.service !== service || c.route.method !== method) continue;
      const m = c.regex.exec(apiPath);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1]!)));
      return { route: c.route, params };
    }
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
