/**
 * The `ApiClient` the services use: resolves the endpoint, signs and sends each attempt, retries what
 * is safe to retry, classifies failures into `CloudError`s and logs every attempt with secrets masked.
 */
import { performance } from 'node:perf_hooks';
import type { ApiClient, ApiRequest, ApiResponse } from './api';
import { EndpointConfig, resolveEndpoint } from './endpoints';
import { classifyHttpError } from './errorParse';
import { CloudError, isCloudError } from './errors';
import { Logger, silentLogger } from '../log/logger';
import type { ConnectionTimeouts, ProxySettings } from './proxy';
import { createRedactor, Redactor } from './redact';
import { logAttempt, logRequestHeaders } from './requestLog';
import { countRetry, DEFAULT_RETRY, isRetryable, maxAttempts, NO_RETRIES, realSleep, retriesSoFar, retryDelayMs, RetryPolicy, Sleep, withinBudget } from './retry';
import type { Credentials } from './signer';
import { isSuccessStatus, parseSuccessBody, statusIsTheAnswer, successResponse, successWithoutBody, unparsedBodyIssue } from './success';
import { createRouter } from './router';
import { prepareRequest, sendOnce } from './transport';

export type CredentialsProvider = () => Promise<Credentials>;

export interface ApiClientOptions {
  /** Fixed keys, or a provider asked once per request (temporary credentials can rotate). */
  readonly credentials: Credentials | CredentialsProvider;
  readonly endpoints: EndpointConfig;
  readonly timeouts?: Partial<ConnectionTimeouts>;
  readonly maxResponseBytes?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly proxy?: ProxySettings;
  readonly logger?: Logger;
  /** Signing time and the reference for `Retry-After` dates and clock-skew checks. */
  readonly clock?: () => Date;
  readonly userAgent?: string;
  /** Waits between attempts; replaceable so tests can record delays instead of waiting. */
  readonly sleep?: Sleep;
  /** Jitter source in [0, 1). */
  readonly random?: () => number;
  /**
   * Called before every attempt, retries included; throws to stop the request there (the profile behind
   * the keys changed, so this pairing of keys and endpoints must not sign anything more).
   */
  readonly beforeAttempt?: () => void;
}

export interface ClosableApiClient extends ApiClient {
  /** Closes the pooled connections. */
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUTS: ConnectionTimeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const DEFAULT_USER_AGENT = 'huaweicloud-tasks';

function serialise(request: ApiRequest): Buffer | undefined {
  if (request.body === undefined) return undefined;
  const text = JSON.stringify(request.body);
  if (text === undefined) throw new CloudError('badInput', 'The request body cannot be serialised as JSON.', { operation: request.operation });
  return Buffer.from(text, 'utf8');
}

export function createApiClient(options: ApiClientOptions): ClosableApiClient {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const router = createRouter(options.proxy ?? {}, timeouts);
  const given = options.credentials;
  const credentialsOf: CredentialsProvider = typeof given === 'function' ? given : async () => given;

  // The proxy's credentials never go into a message, but an echo of them must not reach the log either.
  const proxyAuthorization = options.proxy?.proxyAuthorization?.trim();
  const proxySecrets = proxyAuthorization ? [proxyAuthorization, proxyAuthorization.replace(/^\S+\s+/, '')] : [];

  // Building a redactor (every encoded form of every key) costs about as much as signing a request;
  // the keys rarely change between requests, so the last one is kept.
  let lastRedactor: { readonly keys: Credentials; readonly redact: Redactor } | undefined;
  const redactorFor = (keys: Credentials): Redactor => {
    const last = lastRedactor;
    if (last && last.keys.accessKey === keys.accessKey && last.keys.secretKey === keys.secretKey && last.keys.securityToken === keys.securityToken) {
      return last.redact;
    }
    const redact = createRedactor([keys.accessKey, keys.secretKey, keys.securityToken, ...proxySecrets]);
    lastRedactor = { keys: { ...keys }, redact };
    return redact;
  };

  async function send(request: ApiRequest): Promise<ApiResponse> {
    const operation = request.operation ?? `${request.method} ${request.service} /${request.path.join('/')}`;
    const endpoint = resolveEndpoint(options.endpoints, request.service, request.region);
    const credentials = await credentialsOf().catch((e: unknown) => {
      if (isCloudError(e)) throw e;
      throw new CloudError('auth', 'The access keys could not be read.', { operation, cause: e });
    });
    const redact = redactorFor(credentials);
    const body = serialise(request);
    const attempts = maxAttempts(policy);

    // One attempt: its response, or the failure that decides whether to try again.
    const tryOnce = async (attempt: number): Promise<{ response: ApiResponse } | { error: CloudError; notSent: boolean }> => {
      const prepared = prepareRequest({
        endpoint,
        request,
        body,
        credentials,
        date: clock(),
        derived: options.endpoints.derivedSigning === true,
        userAgent,
      });
      // Chosen per attempt: a proxy that appears or goes away between retries is followed.
      const route = await router.route(endpoint.origin);
      const line = { method: request.method, url: endpoint.origin + prepared.path, attempt, attempts, ...(route.via ? { via: route.via } : {}) };
      logRequestHeaders(logger, redact, line, prepared.headers);
      const started = performance.now();
      const outcome = await sendOnce({
        dispatcher: route.dispatcher,
        ...(route.via ? { via: route.via } : {}),
        endpoint,
        method: request.method,
        prepared,
        body,
        signal: request.signal,
        bodyMs: timeouts.bodyMs,
        maxResponseBytes,
        operation,
      });
      const ms = Math.round(performance.now() - started);
      const bodyOptional = statusIsTheAnswer(request.method);
      if (!outcome.ok) {
        const { answered, failure } = outcome;
        if (answered && bodyOptional && isSuccessStatus(answered.status)) {
          logAttempt(logger, redact, line, ms, { status: answered.status, headers: answered.headers });
          return { response: successWithoutBody(logger, redact, operation, answered, failure.error, 'unreadable') };
        }
        logAttempt(logger, redact, line, ms, { error: failure.error });
        return failure;
      }
      const raw = outcome.response;
      if (isSuccessStatus(raw.status)) {
        logAttempt(logger, redact, line, ms, { status: raw.status, headers: raw.headers });
        const parsed = parseSuccessBody(raw, endpoint.host, operation);
        if ('body' in parsed) return { response: successResponse(raw, parsed.body) };
        if (bodyOptional) return { response: successWithoutBody(logger, redact, operation, raw, parsed.error, unparsedBodyIssue(raw.headers)) };
        throw parsed.error;
      }
      const bodyText = raw.body.toString('utf8');
      const error = classifyHttpError({ status: raw.status, headers: raw.headers, bodyText, now: clock(), operation, redact });
      logAttempt(logger, redact, line, ms, { status: raw.status, headers: raw.headers, error });
      return { error, notSent: false };
    };

    let counts = NO_RETRIES;
    for (let attempt = 1; ; attempt++) {
      if (request.signal?.aborted) throw new CloudError('cancelled', 'The request was cancelled.', { operation });
      options.beforeAttempt?.();
      const result = await tryOnce(attempt);
      if ('response' in result) return result.response;
      const { error, notSent } = result;
      if (error.kind === 'cancelled' || !withinBudget(policy, counts, error) || !isRetryable(request.method, error, notSent)) throw error;
      const wait = retryDelayMs(policy, retriesSoFar(counts, error), error.retryAfterMs, random);
      if (wait === undefined) throw error;
      counts = countRetry(counts, error);
      logger.debug(`${redact(operation)}: retrying in ${wait} ms after ${error.kind} (attempt ${attempt}/${attempts})`);
      try {
        await sleep(wait, request.signal);
      } catch (e) {
        if (request.signal?.aborted) throw new CloudError('cancelled', 'The request was cancelled.', { operation, cause: e });
        throw e;
      }
    }
  }

  return { send, close: () => router.close() };
}
