/**
 * Ids are checked before they go into a request. The client already encodes every path segment, so
 * this is the second line: an id that could never be real (a `/`, `..`, `%`, `?`, `#`, whitespace,
 * control characters, absurd length) is refused as `badInput` instead of reaching the cloud as a
 * different URL. Shapes follow the real ids, with some slack where the docs show variants.
 */
import { CloudError } from '../net/errors';

export type IdKind = 'iamProject' | 'instance' | 'task' | 'codeartsProject' | 'codeartsTask';

const HEX32 = /^[0-9a-fA-F]{32}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/**
 * Task ids are 32 hex characters in every example (DCS `ff80808172bd9eab0172c18ad7cf0064`, DMS and
 * CodeArts alike), but no API documents the format, so accept any short token of letters, digits,
 * `_` and `-`. None of these characters needs encoding, none can form a dot segment.
 */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

const SHAPES: Readonly<Record<IdKind, { readonly label: string; readonly test: (id: string) => boolean }>> = {
  iamProject: { label: 'project id', test: (id) => HEX32.test(id) },
  instance: { label: 'instance id', test: (id) => UUID.test(id) },
  task: { label: 'task id', test: (id) => TOKEN.test(id) },
  // CodeArts project ids are 32-character UUIDs without dashes; accept the dashed form as well.
  codeartsProject: { label: 'CodeArts project id', test: (id) => HEX32.test(id) || UUID.test(id) },
  codeartsTask: { label: 'CodeArts task id', test: (id) => TOKEN.test(id) },
};

export function isValidId(kind: IdKind, id: unknown): id is string {
  return typeof id === 'string' && SHAPES[kind].test(id);
}

/** Returns the id unchanged, or throws badInput. The id itself is not echoed: it may be anything. */
export function checkId(kind: IdKind, id: unknown): string {
  if (isValidId(kind, id)) return id;
  throw new CloudError('badInput', `Invalid ${SHAPES[kind].label}`);
}
