/**
 * Last line of defence for logs and messages: masks every key the extension has seen and the values of
 * credential-bearing headers, whatever the text they ended up in. Knows nothing of VS Code.
 */
const MASK = '***';
const HEADER_VALUE = /\b(authorization|x-security-token|x-auth-token|x-subject-token)(["']?\s*[:=]\s*["']?)([^"'\r\n}]+)/gi;
/** Keys shorter than this are not masked: masking "a" would mangle every line without protecting anything. */
const MIN_SECRET_LENGTH = 4;

export class SecretScrubber {
  private readonly secrets = new Set<string>();

  add(...values: ReadonlyArray<string | undefined>): void {
    for (const v of values) if (v && v.length >= MIN_SECRET_LENGTH) this.secrets.add(v);
  }

  scrub(text: string): string {
    let out = text.replace(HEADER_VALUE, (_m, name: string, sep: string) => `${name}${sep}${MASK}`);
    // Longest first, so a secret containing another is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
    return out;
  }
}

/** One line of text from a log call's arguments; errors keep their name, message and request id. */
export function formatLogArgs(message: string | Error, args: readonly unknown[]): string {
  return [message, ...args].map(formatValue).join(' ');
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    const requestId = (value as { requestId?: unknown }).requestId;
    return `${value.name}: ${value.message}${typeof requestId === 'string' ? ` (request id ${requestId})` : ''}`;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
