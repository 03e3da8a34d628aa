/**
 * RFC 3986 percent-encoding as the API gateway canonicalises it: only the unreserved characters
 * `A–Z a–z 0–9 - _ . ~` stay literal, everything else is UTF-8 encoded with upper-case hex.
 * Shared by the signer (to canonicalise) and the transport (to build the wire path and query),
 * so that what is signed is byte for byte what is sent.
 */
import { SigningError } from './signingError';

const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;

export function percentEncode(value: string): string {
  if (UNRESERVED.test(value)) return value;
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // encodeURIComponent throws URIError on a lone surrogate: it has no UTF-8 form to sign.
    throw new SigningError('invalidText', 'text contains an unpaired UTF-16 surrogate');
  }
  // encodeURIComponent leaves these five literal; RFC 3986 reserves them.
  return encoded.replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Decodes one path segment or query component from the wire; `+` is a literal plus, not a space. */
export function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new SigningError('invalidEncoding', 'malformed percent-encoding');
  }
}

export type QueryValue = string | number | boolean;
export type QueryParams = Readonly<Record<string, QueryValue | readonly QueryValue[] | undefined>>;

/** Flattens a parameter map into sorted [name, value] pairs: names then values by UTF-16 code unit. */
export function sortedQueryPairs(query: QueryParams | undefined): Array<[string, string]> {
  if (!query) return [];
  const pairs: Array<[string, string]> = [];
  for (const name of Object.keys(query).sort(compareCodeUnits)) {
    const raw = query[name];
    if (raw === undefined) continue;
    const values = (Array.isArray(raw) ? raw : [raw]).map(String).sort(compareCodeUnits);
    for (const v of values) pairs.push([name, v]);
  }
  return pairs;
}

/** The canonical query string; also what the transport sends, so the wire matches what was signed. */
export function canonicalQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  // sortedQueryPairs without its intermediate pairs: this runs for every request signed.
  let out = '';
  for (const name of Object.keys(query).sort(compareCodeUnits)) {
    const raw = query[name];
    if (raw === undefined) continue;
    if (Array.isArray(raw)) {
      if (raw.length === 0) continue;
      const key = percentEncode(name) + '=';
      for (const v of (raw as readonly QueryValue[]).map(String).sort(compareCodeUnits)) out += (out === '' ? '' : '&') + key + percentEncode(v);
    } else {
      out += (out === '' ? '' : '&') + percentEncode(name) + '=' + percentEncode(String(raw));
    }
  }
  return out;
}

/** Wire path from raw (decoded) segments, each encoded exactly once, so `/` inside an id cannot escape. */
export function encodePath(rawSegments: readonly string[]): string {
  return '/' + rawSegments.map(percentEncode).join('/');
}

/** Canonical URI: the encoded path with a trailing slash appended when missing. */
export function canonicalUriFromSegments(rawSegments: readonly string[]): string {
  const path = encodePath(rawSegments);
  return path.endsWith('/') ? path : path + '/';
}

/**
 * Canonical URI for a path as received on the wire (the verifying side): each segment is decoded and
 * re-encoded once, which is what the gateway and the Python/Go SDKs do.
 */
export function canonicalUriFromWirePath(wirePath: string): string {
  const segments = wirePath.split('/').slice(1).map(percentDecode);
  return canonicalUriFromSegments(segments);
}

/** Parses a wire query string into the parameter map the signer canonicalises. */
export function parseWireQuery(search: string): Record<string, string[]> {
  // No prototype: names such as `constructor` or `__proto__` must be plain keys, not inherited members.
  const out = Object.create(null) as Record<string, string[]>;
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return out;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = percentDecode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : percentDecode(part.slice(eq + 1));
    (out[name] ??= []).push(value);
  }
  return out;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
