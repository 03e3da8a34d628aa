/**
 * `http.noProxy` and `NO_PROXY` as VS Code reads them: `*` for every host, else host names that also
 * match their subdomains (`example.com`, `.example.com` and `*.example.com` alike), each optionally with
 * `:port`. IPv6 entries are written in brackets, `[::1]:8443`.
 */

interface Entry {
  /** Lower-case, with a leading dot: `.example.com`, `.[::1]`. */
  readonly suffix: string;
  readonly port?: string;
}

function parseEntry(text: string): Entry | undefined {
  let value = text.trim().toLowerCase().replace(/^\*(?=\.)/, '');
  if (value === '') return undefined;
  // A bare IPv6 address (`::1`), as VS Code accepts it; hosts are compared in URL form, bracketed.
  if (!value.startsWith('[') && (value.match(/:/g)?.length ?? 0) > 1) value = `[${value}]`;
  const bracket = /^(\[[^\]]+\])(?::(\d+))?$/.exec(value);
  const [, name = value, port] = bracket ?? /^([^:]+)(?::(\d+))?$/.exec(value) ?? [];
  return { suffix: name.startsWith('.') ? name : `.${name}`, ...(port ? { port } : {}) };
}

/** A matcher for one list; `undefined` entries and blanks are ignored. */
export function noProxyMatcher(list: readonly string[]): (hostname: string, port: string) => boolean {
  if (list.some((e) => e.trim() === '*')) return () => true;
  const entries = list.map(parseEntry).filter((e): e is Entry => e !== undefined);
  return (hostname, port) => {
    const host = `.${hostname.toLowerCase()}`;
    return entries.some((e) => host.endsWith(e.suffix) && (e.port === undefined || e.port === port));
  };
}

/** `NO_PROXY`'s comma-separated form as a list. */
export function splitNoProxy(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}
