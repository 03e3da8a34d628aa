/**
 * Keeps keys out of logs and error messages. Credential-bearing headers are masked by name; every
 * other text that reaches a log line passes through a redactor that knows the current secrets in the
 * forms they could be echoed back in (raw, base64, URL-encoded).
 */
import { percentEncode } from './encoding';

export const REDACTED = '***';

/** Headers whose whole value is a credential (or contains one). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-security-token', 'x-auth-token', 'cookie', 'set-cookie']);

// Shorter strings would mask ordinary words; real AKs, SKs and tokens are far longer.
const MIN_SECRET_LENGTH = 4;

export type Redactor = (text: string) => string;

function safeEncode(value: string, encode: (v: string) => string): string | undefined {
  try {
    return encode(value);
  } catch {
    return undefined; // a lone surrogate has no encoded form, so it cannot be echoed in one either
  }
}

/** The spellings in which a secret could appear in a URL, a header or a body. */
export function secretForms(secret: string): string[] {
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = [
    secret,
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
    safeEncode(secret, encodeURIComponent),
    safeEncode(secret, percentEncode),
    safeEncode(secret, (v) => new URLSearchParams({ v }).toString().slice(2)),
    JSON.stringify(secret).slice(1, -1),
  ];
  return [...new Set(forms.filter((f): f is string => f !== undefined && f.length >= MIN_SECRET_LENGTH))];
}

export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  const forms = [...new Set(secrets.flatMap((s) => (s && s.length >= MIN_SECRET_LENGTH ? secretForms(s) : [])))];
  // Longest first, so a form that contains another is masked whole.
  forms.sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const form of forms) out = out.split(form).join(REDACTED);
    return out;
  };
}

/** Headers for a trace log line: credential headers masked by name, the rest passed through `redact`. */
export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
  redact: Redactor,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : value.join(', ');
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : redact(text);
  }
  return out;
}
