/**
 * Re-verifies a received request's signature the way the gateway does: from the bytes on the wire
 * (path, query, headers, body), not from anything the client reports about itself.
 */
import { canonicalUriFromWirePath, parseWireQuery, percentDecode } from '../../src/net/encoding';
import { Credentials, DerivedKeyScope, sign, SignedRequest } from '../../src/net/signer';
import type { RecordedRequest } from './httpServer';

export interface WireCheck {
  readonly received: string;
  readonly expected: SignedRequest;
  /** The canonical URI the server derives from the wire path alone. */
  readonly wireCanonicalUri: string;
}

function header(req: RecordedRequest, name: string): string {
  const v = req.headers[name];
  if (v === undefined) throw new Error(`request has no ${name} header`);
  return Array.isArray(v) ? v.join(', ') : v;
}

export function recomputeSignature(req: RecordedRequest, credentials: Credentials, derived?: DerivedKeyScope): WireCheck {
  const received = header(req, 'authorization');
  const signedNames = /SignedHeaders=([^,]+)/.exec(received)?.[1]?.split(';') ?? [];
  const headers: Record<string, string> = {};
  for (const name of signedNames) if (name !== 'x-sdk-date') headers[name] = header(req, name);
  const q = req.url.indexOf('?');
  const wirePath = q < 0 ? req.url : req.url.slice(0, q);
  const search = q < 0 ? '' : req.url.slice(q);
  const expected = sign(
    {
      method: req.method,
      host: header(req, 'host'),
      pathSegments: wirePath.split('/').slice(1).map(percentDecode),
      query: parseWireQuery(search),
      headers,
      body: req.body,
    },
    credentials,
    { date: header(req, 'x-sdk-date'), derived },
  );
  return { received, expected, wireCanonicalUri: canonicalUriFromWirePath(wirePath) };
}
