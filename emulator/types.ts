/** Public types of the emulator: start options, fault rules and request-log entries. */
import type { ServerBehaviour, VariantName } from './variants';

export type EmulatedService = 'iam' | 'dcs' | 'dms' | 'codearts-check' | 'projectman-ext';

export interface KeyPair {
  readonly accessKey: string;
  readonly secretKey: string;
}

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Region projects of the account that hold services (an extra non-region `MOS` project is always listed). */
  readonly projects?: number;
  /** Instances per service (DCS, Kafka, RocketMQ, RabbitMQ, CodeArts projects) per project. */
  readonly instances?: number;
  /** Tasks per instance or CodeArts project. */
  readonly tasks?: number;
  /** Seed of the sample data and of probabilistic faults. */
  readonly seed?: number;
  /** Added before every API response. */
  readonly latencyMs?: number;
  /** Global limit of API requests per second; beyond it → 429 APIGW.0308. */
  readonly ratePerSecond?: number;
  /** Accepted key pairs; the first one is reported as the test pair. Defaults to one fixed test pair. */
  readonly keys?: readonly KeyPair[];
  /** Faults active from the start. */
  readonly faults?: readonly FaultRule[];
  /** Reference time for the sample data's timestamps (epoch ms); defaults to the start time. */
  readonly dataTime?: number;
  /**
   * Serve HTTPS with a throw-away certificate authority and a certificate for 127.0.0.1, written to `dir`
   * (a new temporary folder when absent) as `ca.pem`, `server.pem` and `server-key.pem`.
   */
  readonly tls?: boolean | { readonly dir?: string };
  /** How the servers read what the documents and the SDKs disagree on (`variants.ts`); `lenient` by default. */
  readonly variant?: VariantName;
  /** Single rules of the variant overridden, e.g. `{ dmsTaskPaging: 'offset' }`. */
  readonly behaviour?: Partial<ServerBehaviour>;
}

/** What an injected fault does instead of (or on top of) the normal answer. */
export type FaultAction =
  /** Delay, then answer normally. */
  | { readonly kind: 'latency'; readonly ms: number }
  /**
   * An error status with the body the cloud would send: 429 → APIGW.0308 (with `Retry-After` unless
   * `retryAfter` is null), 500 → the service's internal error, 502/503/504 → gateway errors.
   * `errorCode`/`errorMsg` override the body's fields (e.g. `DMS.10240407`).
   */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: number | null; readonly errorCode?: string; readonly errorMsg?: string }
  /** DMS flow control: `DMS.10240407`, listed under HTTP 404 in the DMS error table. */
  | { readonly kind: 'flowControl'; readonly status?: number }
  /** Connection reset: before any byte, after part of the headers, or after part of the body. */
  | { readonly kind: 'reset'; readonly at?: 'beforeResponse' | 'afterHeaders' | 'midBody' }
  /** The real answer's JSON, cut short (Content-Length matches the cut body). */
  | { readonly kind: 'truncatedJson' }
  /** A gateway's HTML error page. */
  | { readonly kind: 'html'; readonly status?: number }
  /** Exactly this status and body: what a proxy, captive portal or misrouted gateway might send. */
  | { readonly kind: 'raw'; readonly status: number; readonly text: string; readonly contentType?: string }
  /** A 200 JSON body of `bytes` bytes (default 50 MB), streamed without being held in memory. */
  | { readonly kind: 'oversized'; readonly bytes?: number }
  /** The real answer, sent `chunkBytes` at a time every `intervalMs`. */
  | { readonly kind: 'slowBody'; readonly chunkBytes?: number; readonly intervalMs?: number }
  /** A 200 whose JSON has the wrong shape (`body` overrides the default). */
  | { readonly kind: 'wrongShape'; readonly body?: unknown };

export interface FaultMatch {
  readonly service?: EmulatedService;
  readonly method?: string;
  /** Regular expression tested against the API path after `/{service}/{region}` (e.g. `/tasks/[^/]+$`). */
  readonly path?: string;
  /** Only requests whose path names this task id. */
  readonly taskId?: string;
  /**
   * Regular expressions tested against the first value of each named query parameter; a parameter that is
   * absent does not match. Picks one page of a list, e.g. `{"start": "^(?!1$)"}` for every DMS task page but the first.
   */
  readonly query?: Readonly<Record<string, string>>;
}

export interface FaultRule extends FaultMatch {
  readonly action: FaultAction;
  /** Applies to the first `count` matching requests only. */
  readonly count?: number;
  /** Applies to each matching request with this probability (seeded, so runs repeat). */
  readonly probability?: number;
}

export interface LogEntry {
  readonly requestId: string;
  readonly method: string;
  /** The wire path, prefix included. */
  readonly path: string;
  readonly query: Readonly<Record<string, readonly string[]>>;
  readonly service: string | null;
  readonly region: string | null;
  /** The access key whose signature verified, or null. */
  readonly accessKey: string | null;
  /** 0 when the connection was reset before a status line. */
  readonly status: number;
  /** Kind of the injected fault, if any. */
  readonly fault: FaultAction['kind'] | null;
  /** ISO time on the emulator's clock. */
  readonly time: string;
  readonly durationMs: number;
}
